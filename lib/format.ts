import type { Change } from '@/lib/dashboard/period';
import type { Figure } from '@/lib/facts/counting';
import type { Qualifier } from '@/lib/facts/vocabulary';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const COMPACT = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
// One formatter, not toLocaleDateString(options) per call: that builds an ICU formatter each time
// (~25 KB outside the JS heap until GC), +130 MB of RSS for the 5,000 sources of a large export.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

export function formatCompact(value: number): string {
  return COMPACT.format(value);
}

/** A figure as a reader should see it: "about 2,000", "2,000–9,999", "more than 500". */
export function formatFigure({ low, high, qualifier }: { low: number; high: number; qualifier: Qualifier | string }): string {
  const range = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  switch (qualifier) {
    case 'approx':
      return `about ${range}`;
    case 'min':
      return `at least ${range}`;
    case 'max':
      return `up to ${range}`;
    default:
      return range;
  }
}

/** ISO day "2019-03-01" -> "1 Mar 2019", without time-zone drift (the string is a calendar day). */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return DAY.format(date);
}

/** A change between two figures with its sign ("+120", "−40", "+10–15"): a range keeps both ends. */
export function formatSignedChange({ low, high }: { low: number; high: number }): string {
  const text = low === high ? formatNumber(Math.abs(low)) : `${formatNumber(Math.abs(low))}–${formatNumber(Math.abs(high))}`;
  return `${high < 0 || (low === high && low < 0) ? '−' : '+'}${text}`;
}

/** A counted figure (a card's, a summary's comparison): a range, "about" when any part was estimated. */
export function formatCountedFigure(figure: Pick<Figure, 'low' | 'high' | 'isEstimate'>): string {
  const qualifier = figure.low !== figure.high ? 'range' : figure.isEstimate ? 'approx' : 'exact';
  return formatFigure({ low: figure.low, high: figure.high, qualifier });
}

/** A change against the previous period, in the dashboard card's and the summaries' words: "up 12%", "unchanged". */
export function formatChange({ direction, percent }: Change): string {
  if (direction === 'same') return 'unchanged';
  if (percent === null) return direction === 'up' ? 'up from zero' : 'down';
  return `${direction} ${Math.abs(percent)}%`;
}
