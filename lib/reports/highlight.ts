/** A stretch of report text, marked when one or more figures were read from it; `isFigure` when it is the number itself. */
export type TextSegment = { start: number; end: number; text: string; factIds: string[]; isFigure: boolean };

/**
 * Cuts the text at every figure's start and end so each stretch knows which figures cover it;
 * overlapping passages (two figures in one sentence) become one mark naming both.
 */
export function segmentText(
  text: string,
  spans: { id: string; start: number | null; end: number | null }[],
  figures: { start: number; end: number }[] = [],
): TextSegment[] {
  const valid = spans.filter(
    (span): span is { id: string; start: number; end: number } =>
      span.start !== null && span.end !== null && span.start < span.end && span.end <= text.length,
  );
  const cuts = [...new Set([0, text.length, ...[...valid, ...figures].flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const [start, end] = [cuts[index], cuts[index + 1]];
    const factIds = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    const isFigure = factIds.length > 0 && figures.some((figure) => figure.start <= start && figure.end >= end);
    const previous = segments[segments.length - 1];
    if (previous && previous.factIds.length === 0 && factIds.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), factIds, isFigure });
    }
  }
  return segments;
}

/**
 * Where the figure itself sits inside its passage: the first number written with digits whose
 * value is the fact's low or high ("2,000", "2 000", "2000"). Null when the text spells it in
 * words or no number matches; the passage alone is highlighted then.
 */
export function figureSpan(
  text: string,
  span: { start: number | null; end: number | null; low: number; high: number },
): { start: number; end: number } | null {
  if (span.start === null || span.end === null || span.start >= span.end) return null;
  const passage = text.slice(span.start, span.end);
  for (const match of passage.matchAll(/\d(?:[\d,.\u00a0\u202f ]*\d)?/g)) {
    const value = Number(match[0].replace(/[,\u00a0\u202f ]/g, ''));
    if (value === span.low || value === span.high)
      return { start: span.start + match.index, end: span.start + match.index + match[0].length };
  }
  return null;
}
