import { decodeHTML } from 'entities';

/**
 * Readable text from an HTML page, without a DOM. Elements whose content is never prose (scripts,
 * styles, templates, inline SVG) are dropped with their content, so nothing executable or
 * invisible reaches the stored text; tags are removed with a pattern that respects quoted
 * attribute values (`<a title="a>b">`), and entities are decoded last, so an encoded `&lt;script&gt;`
 * stays the harmless text "<script>".
 */
const HIDDEN_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object'];
const BLOCK_ELEMENTS = 'p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr|dd|dt|figcaption';
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;

export function htmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<![^>]*>/g, '');
  for (const element of HIDDEN_ELEMENTS) {
    text = text.replace(new RegExp(`<${element}\\b[\\s\\S]*?<\\/${element}\\s*>`, 'gi'), ' ');
    // An unclosed hidden element hides everything after it, as a browser would.
    text = text.replace(new RegExp(`<${element}\\b[\\s\\S]*$`, 'i'), ' ');
  }
  text = text.replace(new RegExp(`<\\/?(?:${BLOCK_ELEMENTS})\\b[^>]*>`, 'gi'), '\n');
  text = text.replace(TAG, '');
  // A lone "<" that opens no tag stays; what is left of a broken tag ("<a href=") is removed.
  text = text.replace(/<[a-zA-Z/!][^<>]*$/g, '');
  // Character references as a browser reads them (the HTML standard's table): `&Eacute;` is "É".
  return tidyWhitespace(decodeHTML(text));
}

/** One space between words, at most one blank line between paragraphs. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
