import { keyFigureOf } from '@/lib/dashboard/cards';
import { lengthInDays, previousPeriod, type Change, type Period } from '@/lib/dashboard/period';
import type { Drawn, Figure, Places } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import type { MetricSummary, Summary } from '@/lib/export/summary';
import { describePeriod } from '@/lib/export/describe';
import { formatChange, formatCountedFigure } from '@/lib/format';

/**
 * The summaries' "period compared with the previous one": for each key figure in its main unit,
 * what the dashboard card states (lib/dashboard/cards.ts keyFigureOf, counted from the rows of
 * both periods), so the summary and the card never disagree on a change.
 */
export type LineComparison = { previous: Figure | null; change: Change | null; comparable: boolean };
export type SummaryComparison = { period: Period; before: Period; lines: Partial<Record<Metric, LineComparison>> };

/** `rows`: the drawn observations of the period and of the period before (two summary passes). */
export function compareWithPrevious(summary: Summary, rows: Drawn[], places: Places, period: Period): SummaryComparison {
  const before = previousPeriod(period);
  const lines: Partial<Record<Metric, LineComparison>> = {};
  for (const line of summary.metrics.filter((candidate) => candidate.isMain)) {
    const { previous, change, comparable } = keyFigureOf(line.metric, rows, places, period, before);
    lines[line.metric] = { previous, change, comparable };
  }
  return { period, before, lines };
}

/** "Previous 90 days: 1,200 (up 12%)", or "Previous 90 days: no comparable figures"; null for other units. */
export function comparisonText(comparison: SummaryComparison | null | undefined, metric: MetricSummary): string | null {
  if (!comparison || !metric.isMain) return null;
  const days = lengthInDays(comparison.period);
  const label = `Previous ${days} ${days === 1 ? 'day' : 'days'}`;
  const line = comparison.lines[metric.metric];
  if (!line?.previous || !line.change) return `${label}: no comparable figures`;
  return `${label}: ${formatCountedFigure(line.previous)} ${metric.unit} (${formatChange(line.change)})`;
}

/** "Compared with the previous 90 days (1 Dec 2018 – 31 Jan 2019), as on the dashboard's cards:" */
export function comparisonHeading(comparison: SummaryComparison): string {
  const days = lengthInDays(comparison.period);
  return `Compared with the previous ${days} ${days === 1 ? 'day' : 'days'} (${describePeriod(comparison.before.from, comparison.before.to)}), as on the dashboard's cards:`;
}
