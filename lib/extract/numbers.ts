/** Reading a number as people write it: 2,000 · 1 200 · 1.2 million · 3.5m · fifteen · two dozen · half a million. */
import { adjacent, type Token } from './tokens';

export type NumberReading = { value: number; start: number; end: number; words: boolean };

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  dozen: 12,
  mln: 1e6,
  bn: 1e9,
  k: 1e3,
  m: 1e6,
  lakh: 1e5,
};
/** Scale words that may follow digits; "m", "k", "bn" only when written against the digits. */
const ATTACHED_ONLY = new Set(['m', 'k', 'bn']);

const ORDINAL_VALUES: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  fifteenth: 15,
  twentieth: 20,
};
/** A Map, not an object: every word of a report is looked up, and objects are slow for keys they lack. */
export const ORDINALS = new Map(Object.entries(ORDINAL_VALUES));

/** "2,000" "1.2" "2.500" (dot as thousands separator) "1,5" (decimal comma before a scale). */
function digitValue(text: string, scaled: boolean): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(text) && !scaled && !/^0\./.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (scaled && /^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

function scaleAfter(tokens: Token[], i: number): { scale: number; end: number } | null {
  const next = tokens[i];
  if (!next || next.kind !== 'word') return null;
  const scale = SCALES[next.lower];
  if (!scale || next.lower === 'dozen') return null;
  if (ATTACHED_ONLY.has(next.lower) && !adjacent(tokens[i - 1], next)) return null;
  return { scale, end: i + 1 };
}

/** Digits, thousands written with single spaces ("1 200"), and a scale word. */
function readDigits(tokens: Token[], i: number): NumberReading | null {
  let text = tokens[i].text;
  let j = i + 1;
  while (
    /^\d{1,3}( \d{3})*$/.test(text) &&
    tokens[j]?.kind === 'number' &&
    /^\d{3}$/.test(tokens[j].text) &&
    tokens[j].start === tokens[j - 1].end + 1
  ) {
    text += ' ' + tokens[j].text;
    j += 1;
  }
  const scale = scaleAfter(tokens, j);
  const value = digitValue(text.replace(/ /g, ''), Boolean(scale));
  if (value === null) return null;
  return { value: scale ? value * scale.scale : value, start: i, end: scale ? scale.end : j, words: false };
}

function wordParts(token: Token): string[] | null {
  const parts = token.lower.split('-');
  return parts.every((part) => part in UNITS || part in SCALES) ? parts : null;
}

/** Number words: "fifteen", "twenty-five", "a hundred", "two dozen", "half a million", "one and a half million". */
function readWords(tokens: Token[], i: number): NumberReading | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  if (tokens[j]?.lower === 'half' && tokens[j + 1]?.lower === 'a' && SCALES[tokens[j + 2]?.lower] >= 1e3) {
    return { value: SCALES[tokens[j + 2].lower] / 2, start: i, end: j + 3, words: true };
  }
  if (
    (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') &&
    ['hundred', 'thousand', 'million', 'dozen', 'billion'].includes(tokens[j + 1]?.lower)
  ) {
    current = 1;
    j += 1;
  }
  for (; j < tokens.length; j += 1) {
    const token = tokens[j];
    if (token.lower === 'and' && seen && (wordParts(tokens[j + 1] ?? token) || tokens[j + 1]?.lower === 'a')) {
      if (tokens[j + 1]?.lower === 'a' && tokens[j + 2]?.lower === 'half') {
        current += 0.5;
        j += 2;
      }
      continue;
    }
    const parts = token.kind === 'word' ? wordParts(token) : null;
    if (!parts || ATTACHED_ONLY.has(token.lower) || token.lower === 'mln' || token.lower === 'lakh') break;
    for (const part of parts) {
      if (part in UNITS) current += UNITS[part];
      else if (part === 'hundred' || part === 'dozen') current = (current || 1) * SCALES[part];
      else {
        total += (current || 1) * SCALES[part];
        current = 0;
      }
    }
    seen = true;
  }
  if (!seen) return null;
  return { value: total + current, start: i, end: j, words: true };
}

/** Words a number in words can start with; anything else is rejected before parsing. */
const FIRST_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), 'a', 'an', 'half']);

export function mayStartNumber(token: Token): boolean {
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return false;
  const hyphen = token.lower.indexOf('-');
  return FIRST_WORDS.has(hyphen < 0 ? token.lower : token.lower.slice(0, hyphen));
}

export function readNumber(tokens: Token[], i: number): NumberReading | null {
  const token = tokens[i];
  if (!token || !mayStartNumber(token)) return null;
  if (token.kind === 'number') return readDigits(tokens, i);
  const reading = readWords(tokens, i);
  // "millions" alone is a vague amount, handled elsewhere; a bare scale word is not a figure
  if (reading && reading.end === i + 1 && !(token.lower.split('-')[0] in UNITS)) return null;
  return reading;
}
