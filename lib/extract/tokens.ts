/** Word, number and punctuation tokens of one sentence, with offsets in the whole text. */

export type TokenKind = 'word' | 'number' | 'punct';
export type Token = { text: string; lower: string; start: number; end: number; kind: TokenKind };

/**
 * Numbers keep their separators ("2,000", "1.2"); words keep inner hyphens and apostrophes
 * ("al-Hol", "Cox's", "Covid-19", "twenty-five") so that names and compounds stay whole.
 * A hand-written scanner: tokenizing is the hottest loop of extraction, and a Unicode regex was
 * several times slower than reading character codes.
 */
const UNICODE_LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A letter or combining mark; ASCII by code, the rest by Unicode class. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return UNICODE_LETTER.test(text[i]);
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || code === 10 || (code < 128 ? code === 9 || code === 13 || code === 11 || code === 12 : SPACE.test(text[i]));
}

/** End of a number starting at i: digits, with "," or "." between digit groups. */
function numberEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j += 1;
  while (j + 1 < end && (text[j] === ',' || text[j] === '.') && isDigit(text.charCodeAt(j + 1))) {
    j += 1;
    while (j < end && isDigit(text.charCodeAt(j))) j += 1;
  }
  return j;
}

/** End of a word starting at i: letters, marks and digits, joined by single apostrophes or hyphens. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  for (;;) {
    while (j < end && (isLetterAt(text, j) || isDigit(text.charCodeAt(j)))) j += 1;
    const joiner = text[j];
    if ((joiner === "'" || joiner === '-') && j + 1 < end && (isLetterAt(text, j + 1) || isDigit(text.charCodeAt(j + 1)))) {
      j += 1;
      continue;
    }
    return j;
  }
}

export function tokenize(work: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    if (isSpaceAt(work, i)) {
      i += 1;
      continue;
    }
    const code = work.charCodeAt(i);
    let to: number;
    let kind: TokenKind;
    if (isDigit(code)) {
      to = numberEnd(work, i, end);
      kind = 'number';
    } else if (isLetterAt(work, i)) {
      to = wordEnd(work, i, end);
      kind = 'word';
    } else {
      to = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
      kind = 'punct';
    }
    const text = work.slice(i, to);
    tokens.push({ text, lower: kind === 'word' ? text.toLowerCase() : text, start: i, end: to, kind });
    i = to;
  }
  return tokens;
}

/** True when two tokens touch, as in "3.5m" or "15-truck". */
export function adjacent(left: Token | undefined, right: Token | undefined): boolean {
  return Boolean(left && right && left.end === right.start);
}

const NAME_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|ul)-\p{Lu}/u;

export function isCapitalized(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const first = token.text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122)
    return (token.text.length > 3 && token.text[2] === '-') || token.text[3] === '-' ? NAME_PREFIX.test(token.text) : false;
  return token.text[0] !== token.text[0].toLowerCase();
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
