/** Word, number and punctuation tokens of one sentence, with offsets in the whole text. */

export type TokenKind = 'word' | 'number' | 'punct';
export type Token = { text: string; lower: string; start: number; end: number; kind: TokenKind };

/**
 * Numbers keep their separators ("2,000", "1.2"); words keep inner hyphens and apostrophes
 * ("al-Hol", "Cox's", "Covid-19", "twenty-five") so that names and compounds stay whole.
 */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['\-][\p{L}\p{M}\d]+)*|\S/gu;

export function tokenize(work: string, start: number, end: number): Token[] {
  const text = work.slice(start, end);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const value = match[0];
    const first = value.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'number' : /[\p{L}\p{M}]/u.test(value[0]) ? 'word' : 'punct';
    tokens.push({ text: value, lower: value.toLowerCase(), start: start + match.index, end: start + match.index + value.length, kind });
  }
  return tokens;
}

/** True when two tokens touch, as in "3.5m" or "15-truck". */
export function adjacent(left: Token | undefined, right: Token | undefined): boolean {
  return Boolean(left && right && left.end === right.start);
}

export function isCapitalized(token: Token | undefined): boolean {
  return Boolean(token && token.kind === 'word' && /^(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|ul)-)?\p{Lu}/u.test(token.text));
}

/** Index of the first token starting at or after an offset (tokens are sorted). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
