import { htmlToText } from '@/lib/reports/html-text';

describe('htmlToText', () => {
  it('keeps no script, style, comment or event handler, however the tags are written', () => {
    const html = [
      '<SCRIPT type="text/javascript">steal()</SCRIPT >',
      '<!-- <p>hidden</p> -->',
      '<img src=x onerror="alert(1)">',
      '<a href="#" title="a>b" onclick=\'go()\'>40 families</a>',
      '<svg><text>not prose</text></svg>',
      '<style>body{}</style>',
    ].join('');
    expect(htmlToText(html)).toBe('40 families');
  });

  it('turns encoded markup into harmless text instead of tags', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt; &#8220;15&#x201D; trucks</p>')).toBe(
      '<script>alert(1)</script> “15” trucks',
    );
  });

  it('keeps paragraphs apart and a stray "<" in prose', () => {
    expect(htmlToText('<h1>Flash update</h1><p>Fewer than 1 < 2 convoys</p><p>Next<br>line</p>')).toBe(
      'Flash update\n\nFewer than 1 < 2 convoys\n\nNext\nline',
    );
  });

  it('drops everything after an unclosed script', () => {
    expect(htmlToText('<p>12 trucks</p><script>var a = "</p>')).toBe('12 trucks');
  });
});
