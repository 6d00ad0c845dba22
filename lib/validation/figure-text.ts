import type { Qualifier } from '@/lib/facts/vocabulary';

/** A figure as typed in a form cell, read the way facts.md reads figures in report text. */
export type FigureReading = { low: number; high: number; qualifier: Qualifier };
export type FigureParse = { ok: true; reading: FigureReading } | { ok: false; message: string };

const MAX_FIGURE_TEXT = 60;

const APPROX = /^(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|an estimated|estimated|ca\.?|c\.|~)\s*/;
const MIN = /^(?:more than|over|at least|upwards of|min\.?|minimum|>=?|\+)\s*/;
const MAX = /^(?:up to|fewer than|less than|under|as many as|max\.?|maximum|at most|<=?)\s*/;
const RANGE = /^(.+?)\s*(?:-|–|—|to|and)\s*(.+)$/;

/** Vague amounts and their bounds (facts.md "Quantities as people write them"). */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  'several hundred': [300, 999],
  thousands: [2_000, 9_999],
  'several thousand': [3_000, 9_999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2_000_000, 9_990_000],
};

const SCALE: Record<string, number> = {
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  dozen: 12,
};

const WHY = 'Write a number such as 2000, "about 2,000", "2,000-3,000", "more than 500" or "dozens".';

/**
 * Reads "about 2,000", "2,000-3,000", "2,000 to 3,000", "more than 500", "up to 40", "dozens" or a
 * plain number into low/high/qualifier. Pure, so the form shows the reading as the user types and
 * the server action reads the same text the same way.
 */
export function parseFigureText(raw: string): FigureParse {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { ok: false, message: 'Enter the figure, for example 2000 or "about 2,000".' };
  if (text.length > MAX_FIGURE_TEXT) return { ok: false, message: `The figure is too long. ${WHY}` };
  if (/^-\s*\d/.test(text)) return { ok: false, message: 'A count cannot be negative.' };
  if (text in VAGUE) return reading(VAGUE[text][0], VAGUE[text][1], 'vague');
  for (const [pattern, qualifier] of [
    [APPROX, 'approx'],
    [MIN, 'min'],
    [MAX, 'max'],
  ] as const) {
    const rest = text.replace(pattern, '');
    if (rest !== text) return single(rest, qualifier);
  }
  const range = RANGE.exec(text.replace(/^between\s+/, ''));
  if (range) {
    const [low, high] = [readNumber(range[1]), readNumber(range[2])];
    if (!low || !high) return { ok: false, message: WHY };
    // "1.2-1.5 million": the unscaled first number takes the second one's scale.
    const lowValue = low.scale === 1 && high.scale > 1 ? low.base * high.scale : low.base * low.scale;
    const highValue = high.base * high.scale;
    if (lowValue > highValue) return { ok: false, message: 'The first number of a range must be the smaller one, as in "2,000-3,000".' };
    return reading(tidy(lowValue), tidy(highValue), lowValue === highValue ? 'exact' : 'range');
  }
  return single(text, 'exact');
}

function single(text: string, qualifier: Qualifier): FigureParse {
  const value = readNumber(text);
  return value === null ? { ok: false, message: WHY } : reading(tidy(value.base * value.scale), tidy(value.base * value.scale), qualifier);
}

function reading(low: number, high: number, qualifier: Qualifier): FigureParse {
  return { ok: true, reading: { low, high, qualifier } };
}

/** "2,000", "2 000", "1.2 million", "12k", "a dozen", "two dozen" → base and scale; null otherwise. */
function readNumber(text: string): { base: number; scale: number } | null {
  const match =
    /^(a|one|two|three|four|five|\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(thousand|k|million|m|mn|billion|bn|dozen)?$/.exec(
      text.trim(),
    );
  if (!match) return null;
  const base = WORDS[match[1]] ?? Number(match[1].replace(/[, ]/g, ''));
  if (!Number.isFinite(base)) return null;
  return { base, scale: match[2] ? SCALE[match[2]] : 1 };
}

/** Floating-point noise from 1.2 × 1,000,000 must not reach the stored figure. */
function tidy(value: number): number {
  return Math.round(value * 100) / 100;
}

const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** The reverse of parseFigureText, for filling the edit form: describeFigure then parse gives the same reading. */
export function describeFigure({ low, high, qualifier }: FigureReading): string {
  if (qualifier === 'vague') {
    const word = Object.entries(VAGUE).find(([, bounds]) => bounds[0] === low && bounds[1] === high)?.[0];
    if (word) return word;
  }
  const range = low === high ? plain(low) : `${plain(low)}-${plain(high)}`;
  const prefix = { approx: 'about ', min: 'at least ', max: 'up to ' }[qualifier as string] ?? '';
  return prefix + range;
}

function plain(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
