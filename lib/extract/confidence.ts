/**
 * How sure a proposed fact is, 0..1, so the review shows the doubtful ones first. Each sign of a
 * guess lowers it: a metric borrowed from the figure before, a vague amount, a place or a day not
 * named in the sentence, a long sentence where the figure's clause is harder to read.
 */
export type Signs = {
  borrowedMetric: boolean;
  vague: boolean;
  placeNamed: boolean;
  dayNamed: boolean;
  sentenceLength: number;
  cueNearby: boolean;
};

const LONG_SENTENCE = 250;

export function confidenceOf(signs: Signs): number {
  let value = 0.92;
  if (signs.borrowedMetric) value -= 0.15;
  if (!signs.cueNearby) value -= 0.1;
  if (signs.vague) value -= 0.1;
  if (!signs.placeNamed) value -= 0.1;
  if (!signs.dayNamed) value -= 0.05;
  if (signs.sentenceLength > LONG_SENTENCE) value -= 0.1;
  return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100;
}
