import type { MetricSummary, SummaryRunningTotal } from '@/lib/export/summary';
import { formatDay, formatFigure, formatSignedChange } from '@/lib/format';

/**
 * The summaries' running totals, worded as on the dashboard's cards: each total apart from the
 * daily flows (never added to them), at its place, by its source, as of its day, with the change
 * since that source's previous total there.
 */
export type RunningTotalLine = { label: string; text: string };

export function runningTotalLines(metrics: readonly MetricSummary[]): RunningTotalLine[] {
  return metrics.flatMap((metric) =>
    metric.runningTotals.map((total) => ({ label: `${metric.label} (${metric.unit})`, text: runningTotalText(total, metric.unit) })),
  );
}

function runningTotalText(total: SummaryRunningTotal, unit: string): string {
  const figure = formatFigure({ ...total, qualifier: total.low === total.high ? 'exact' : 'range' });
  const since = total.periodStart ? `, since ${formatDay(total.periodStart)}` : '';
  const change = total.change && total.previousDate ? `; ${formatSignedChange(total.change)} since ${formatDay(total.previousDate)}` : '';
  return `Running total: ${figure} ${unit} at ${total.place || 'a place'} (${total.source || 'a source'}) as of ${formatDay(total.date)}${since}${change}`;
}
