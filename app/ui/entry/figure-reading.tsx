import { formatFigure } from '@/lib/format';
import { parseFigureText } from '@/lib/validation/figure-text';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exact figure',
  approx: 'approximate',
  min: 'a minimum',
  max: 'a maximum',
  range: 'a range',
  vague: 'a vague amount',
};

/** Shows how Sitrep reads what was typed in the Value box, before anything is saved. */
export function FigureReading({ text }: { text: string }) {
  if (!text.trim()) return <>Examples: 2000 · about 2,000 · 2,000-3,000 · more than 500 · up to 40 · dozens.</>;
  const result = parseFigureText(text);
  if (!result.ok) return <>Not understood yet. Examples: 2000 · about 2,000 · 2,000-3,000 · more than 500.</>;
  const { low, high, qualifier } = result.reading;
  const bounds =
    low === high
      ? ''
      : ` (from ${formatFigure({ low, high: low, qualifier: 'exact' })} to ${formatFigure({ low: high, high, qualifier: 'exact' })})`;
  return (
    <>
      Read as: <strong>{formatFigure(result.reading)}</strong>, {QUALIFIER_WORDS[qualifier]}
      {bounds}.
    </>
  );
}
