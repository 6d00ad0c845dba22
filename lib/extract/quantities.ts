/** Quantities with their qualifier, as facts.md maps them: approx, min, max, range, vague, exact. */
import type { Qualifier } from '@/lib/facts/vocabulary';
import { readNumber } from './numbers';
import type { Token } from './tokens';

export type Quantity = {
  low: number;
  high: number;
  qualifier: Qualifier;
  /** token span of the whole phrase, qualifier words included */
  start: number;
  end: number;
  /** token span of the figure itself */
  figureStart: number;
  words: boolean;
};

/** Vague amounts and their bounds (facts.md); longest phrases first so "tens of thousands" wins over "thousands". */
const VAGUE: Array<[string[], number, number]> = [
  [['hundreds', 'of', 'thousands'], 200_000, 999_999],
  [['tens', 'of', 'thousands'], 20_000, 99_999],
  [['tens', 'of', 'millions'], 20_000_000, 99_999_999],
  [['several', 'hundred', 'thousand'], 300_000, 999_999],
  [['a', 'few', 'hundred'], 200, 999],
  [['a', 'few', 'thousand'], 2_000, 9_999],
  [['a', 'few', 'dozen'], 24, 99],
  [['many', 'thousands'], 2_000, 9_999],
  [['several', 'thousand'], 3_000, 9_999],
  [['several', 'hundred'], 300, 999],
  [['several', 'dozen'], 36, 99],
  [['several', 'million'], 3_000_000, 9_999_999],
  [['hundreds'], 200, 999],
  [['thousands'], 2_000, 9_999],
  [['dozens'], 24, 99],
  [['scores'], 40, 99],
  [['millions'], 2_000_000, 9_990_000],
];

const QUALIFIER_BEFORE: Array<[string[], Qualifier]> = [
  [['an', 'estimated'], 'approx'],
  [['an', 'average', 'of'], 'approx'],
  [['estimated', 'at'], 'approx'],
  [['close', 'to'], 'approx'],
  [['just', 'under'], 'approx'],
  [['just', 'below'], 'approx'],
  [['more', 'than'], 'min'],
  [['at', 'least'], 'min'],
  [['upwards', 'of'], 'min'],
  [['in', 'excess', 'of'], 'min'],
  [['no', 'fewer', 'than'], 'min'],
  [['no', 'less', 'than'], 'min'],
  [['not', 'less', 'than'], 'min'],
  [['a', 'minimum', 'of'], 'min'],
  [['well', 'over'], 'min'],
  [['just', 'over'], 'min'],
  [['well', 'above'], 'min'],
  [['up', 'to'], 'max'],
  [['fewer', 'than'], 'max'],
  [['less', 'than'], 'max'],
  [['as', 'many', 'as'], 'max'],
  [['no', 'more', 'than'], 'max'],
  [['not', 'more', 'than'], 'max'],
  [['a', 'maximum', 'of'], 'max'],
  [['at', 'most'], 'max'],
  [['around'], 'approx'],
  [['about'], 'approx'],
  [['some'], 'approx'],
  [['nearly'], 'approx'],
  [['almost'], 'approx'],
  [['roughly'], 'approx'],
  [['estimated'], 'approx'],
  [['approximately'], 'approx'],
  [['approx'], 'approx'],
  [['circa'], 'approx'],
  [['~'], 'approx'],
  [['averaging'], 'approx'],
  [['over'], 'min'],
  [['above'], 'min'],
  [['exceeding'], 'min'],
  [['under'], 'max'],
  [['below'], 'max'],
  [['only'], 'exact'],
  [['just'], 'exact'],
  [['exactly'], 'exact'],
];

function matchesAt(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.lower === word);
}

const VAGUE_FIRST = new Set(VAGUE.map(([words]) => words[0]));

function readVague(tokens: Token[], i: number): Quantity | null {
  if (!VAGUE_FIRST.has(tokens[i].lower)) return null;
  for (const [words, low, high] of VAGUE) {
    if (matchesAt(tokens, i, words)) {
      return { low, high, qualifier: 'vague', start: i, end: i + words.length, figureStart: i, words: true };
    }
  }
  return null;
}

/** The qualifier written before the figure, and where the phrase starts. */
function qualifierBefore(tokens: Token[], i: number): { qualifier: Qualifier; start: number } | null {
  const skip = tokens[i - 1]?.text === '.' && tokens[i - 2]?.lower === 'approx' ? 1 : 0;
  for (const [words, qualifier] of QUALIFIER_BEFORE) {
    const at = i - skip - words.length;
    if (at >= 0 && matchesAt(tokens, at, words)) return { qualifier, start: at };
  }
  return null;
}

/** "A-B", "A to B", "between A and B"; a scale written once applies to both ("2 to 3 million"). */
function readRange(tokens: Token[], first: { value: number; end: number }, between: boolean): { high: number; end: number } | null {
  const joiner = tokens[first.end];
  if (!joiner || !(joiner.text === '-' || joiner.lower === 'to' || (between && joiner.lower === 'and'))) return null;
  const second = readNumber(tokens, first.end + 1);
  if (!second) return null;
  return { high: second.value, end: second.end };
}

function rangeLow(low: number, high: number): number {
  if (low >= high || low === 0) return low;
  for (const scale of [1e9, 1e6, 1e3]) {
    if (high >= scale && low < scale / 10 && low * scale <= high) return low * scale;
  }
  return low;
}

/** Qualifiers written after the figure: "2,000 or more", "2,000+", "500-plus", "100 or so". */
function qualifierAfter(tokens: Token[], end: number): { qualifier: Qualifier; end: number } | null {
  const next = tokens[end];
  if (next?.text === '+') return { qualifier: 'min', end: end + 1 };
  if (next?.lower === 'or' && tokens[end + 1]?.lower === 'more') return { qualifier: 'min', end: end + 2 };
  if (next?.lower === 'or' && tokens[end + 1]?.lower === 'so') return { qualifier: 'approx', end: end + 2 };
  if (next?.text === '-' && tokens[end + 1]?.lower === 'plus') return { qualifier: 'min', end: end + 2 };
  return null;
}

/** The quantity whose figure starts at token i, or null when no figure starts there. */
export function readQuantity(tokens: Token[], i: number): Quantity | null {
  const vague = readVague(tokens, i);
  if (vague) return vague;
  const figure = readNumber(tokens, i);
  if (!figure) return null;
  const before = qualifierBefore(tokens, i);
  const between = tokens[i - 1]?.lower === 'between';
  const range = readRange(tokens, figure, between);
  if (range && range.high > figure.value && !(tokens[i - 1]?.lower === 'from')) {
    const start = between ? i - 1 : (before?.start ?? i);
    return {
      low: rangeLow(figure.value, range.high),
      high: range.high,
      qualifier: 'range',
      start,
      end: range.end,
      figureStart: i,
      words: figure.words,
    };
  }
  const after = qualifierAfter(tokens, figure.end);
  const qualifier = after?.qualifier ?? before?.qualifier ?? 'exact';
  return {
    low: figure.value,
    high: figure.value,
    qualifier,
    start: before?.start ?? i,
    end: after?.end ?? figure.end,
    figureStart: i,
    words: figure.words,
  };
}
