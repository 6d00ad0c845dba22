/** A stretch of report text, marked when one or more figures were read from it. */
export type TextSegment = { start: number; end: number; text: string; factIds: string[] };

/**
 * Cuts the text at every figure's start and end so each stretch knows which figures cover it;
 * overlapping passages (two figures in one sentence) become one mark naming both.
 */
export function segmentText(text: string, spans: { id: string; start: number | null; end: number | null }[]): TextSegment[] {
  const valid = spans.filter((span): span is { id: string; start: number; end: number } => span.start !== null && span.end !== null && span.start < span.end && span.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const [start, end] = [cuts[index], cuts[index + 1]];
    const factIds = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    const previous = segments[segments.length - 1];
    if (previous && previous.factIds.length === 0 && factIds.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), factIds });
    }
  }
  return segments;
}
