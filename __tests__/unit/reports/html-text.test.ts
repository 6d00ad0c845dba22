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

describe('character references', () => {
  it('decodes named references by their case, as the HTML standard lists them', () => {
    expect(htmlToText('<p>&Eacute;vian, L&eacute;on, Bogot&aacute;, Le&oacute;n, Espa&ntilde;a, &Ntilde;u&ntilde;oa</p>')).toBe(
      'Évian, Léon, Bogotá, León, España, Ñuñoa',
    );
    expect(htmlToText('<p>&euro;2,000 &pound;5 &copy; &shy;&ndash; &hellip; &Ccedil;&scedil;&gbreve; &Lstrok;&oacute;d&zacute;</p>')).toBe(
      '€2,000 £5 © \u00ad– … Çşğ Łódź',
    );
  });

  it('decodes decimal and hexadecimal references, and leaves what is no reference alone', () => {
    expect(htmlToText('<p>&#201;tat &#x20AC;5 &#x1F600; &#8211;</p>')).toBe('État €5 😀 –');
    expect(htmlToText('<p>AT&T &unknownname; 5 &amp 6</p>')).toBe('AT&T &unknownname; 5 & 6');
  });
});
