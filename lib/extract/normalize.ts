/**
 * A working copy of the report text with the same length as the original, so that every
 * offset found in it is an offset in the original: the excerpt shown for review is then
 * always a verbatim slice of what the person pasted.
 */

const SAME_LENGTH_MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\r': '\n',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2011': '-',
  '\u066b': '.',
  '\u066c': ',',
  '\u060c': ',',
  '\u2015': '—',
};

const SPECIAL =
  /[\u00a0\u2007\u2009\u202f\u200b\u2002\u2003\t\r\u2018\u2019\u201b\u2032\u201c\u201d\u201e\u00ab\u00bb\u2013\u2012\u2212\u2011\u066b\u066c\u060c\u2015\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic and Extended Arabic-Indic digits are one UTF-16 unit each, like ASCII digits. */
function mapCharacter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return SAME_LENGTH_MAP[ch] ?? ch;
}

const BLOCK_TAG = /^<\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote)\b/i;

/** Tags become blanks (a newline for block tags, which end a paragraph); script and style bodies too. */
function blankHtml(text: string): string {
  if (!/<[a-z!/]/i.test(text)) return text;
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, (m) => ' '.repeat(m.length))
    .replace(/<[a-z!/][^<>]*>/gi, (tag) => (BLOCK_TAG.test(tag) ? '\n' : ' ') + ' '.repeat(tag.length - 1))
    .replace(/&(nbsp|amp|quot|apos|lt|gt|#\d+|#x[0-9a-f]+);/gi, blankEntity);
}

function blankEntity(entity: string, name: string): string {
  const lower = name.toLowerCase();
  const shown = lower === 'amp' ? '&' : lower === 'quot' ? '"' : lower === 'apos' ? "'" : ' ';
  return shown + ' '.repeat(entity.length - 1);
}

export function normalizeText(text: string): string {
  return blankHtml(text.replace(SPECIAL, mapCharacter));
}
