import type { MetricSummary, Summary } from '@/lib/export/summary';
import type { SummaryComparison } from '@/lib/export/summary-comparison';
import type { ExportContext } from '@/lib/export/types';

/** What the PDF and Markdown situation summaries are made from; `comparison`: with the period before, when counted. */
export type SummaryDocument = { context: ExportContext; summary: Summary; comparison?: SummaryComparison | null };

/** "Situation summary: Baghouz, al-Hol camp" — the places filtered on, else the places counted. */
export function summaryTitle({ context }: SummaryDocument): string {
  const places = context.locationNames;
  if (places.length === 0) return 'Situation summary';
  const named = places.length <= 3 ? places.join(', ') : `${places.slice(0, 3).join(', ')} and ${places.length - 3} more`;
  return `Situation summary: ${named}`;
}

/** The period the summary covers: the filter's dates, else the dates of the facts counted. */
export function summaryPeriod({
  context,
  summary,
}: {
  context: Pick<ExportContext, 'filters'>;
  summary: Summary;
}): { first: string; last: string } | null {
  const first = context.filters.from ?? summary.firstDate;
  const last = context.filters.to ?? summary.lastDate;
  return first && last ? { first, last } : null;
}

/** One card per metric, as on the dashboard: its main unit. Other units ("children", "families") are listed apart. */
export function splitKeyFigures(metrics: readonly MetricSummary[]): { cards: MetricSummary[]; others: MetricSummary[] } {
  return { cards: metrics.filter((line) => line.isMain), others: metrics.filter((line) => !line.isMain) };
}
