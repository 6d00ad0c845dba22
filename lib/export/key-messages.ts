import { DAY_MS, dayTime, timeDay } from '@/lib/charts/scale';
import type { MetricSummary } from '@/lib/export/summary';
import { isComparable } from '@/lib/facts/counting';
import { formatDay, formatFigure } from '@/lib/format';

/**
 * The summary's key messages: the three largest changes of the period, in plain sentences made
 * from the counted figures. A stock's change is its level at the end against the start; a flow's
 * is its second half of the period against the first (the same number of days each). A change is
 * stated only when the earlier part has figures for the same places (lib/facts/counting.ts
 * isComparable, the dashboard's rule): "up from 0" or a level of one camp against all camps is no change.
 */
export type KeyMessage = { text: string; sources: string[] };
type Change = KeyMessage & { size: number };

export function keyMessages(metrics: readonly MetricSummary[], period: { first: string; last: string }): KeyMessage[] {
  return metrics
    .map((metric) => (metric.kind === 'stock' ? stockChange(metric) : flowChange(metric, period)))
    .filter((change): change is Change => change !== null)
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map(({ text, sources }) => ({ text, sources }));
}

function stockChange(metric: MetricSummary): Change | null {
  const first = metric.series[0];
  const last = metric.series[metric.series.length - 1];
  if (!first || first === last || !isComparable(last, first)) return null;
  const delta = middle(last) - middle(first);
  const verb = delta > 0 ? 'rose' : delta < 0 ? 'fell' : 'stayed';
  const text = `${metric.label} ${verb} from ${figure(first)} on ${formatDay(first.date)} to ${figure(last)} ${metric.unit} on ${formatDay(last.date)}.`;
  return { text, sources: metric.sourceOrgs, size: relative(delta, middle(first)) };
}

function flowChange(metric: MetricSummary, period: { first: string; last: string }): Change | null {
  const days = Math.round((dayTime(period.last) - dayTime(period.first)) / DAY_MS) + 1;
  if (days < 2) return null;
  const secondStart = timeDay(dayTime(period.first) + Math.floor(days / 2) * DAY_MS);
  const sum = (inSecond: boolean) =>
    metric.series
      .filter((point) => point.date >= secondStart === inSecond)
      .reduce(
        (total, point) => ({ low: total.low + point.low, high: total.high + point.high, placeIds: [...total.placeIds, ...point.placeIds] }),
        { low: 0, high: 0, placeIds: [] as string[] },
      );
  const [before, after] = [sum(false), sum(true)];
  if (!isComparable(after, before)) return null;
  const delta = middle(after) - middle(before);
  const firstEnd = timeDay(dayTime(secondStart) - DAY_MS);
  const direction = delta > 0 ? 'up from' : delta < 0 ? 'down from' : 'the same as';
  const text = `${metric.label}: ${figure(after)} ${metric.unit} from ${formatDay(secondStart)} to ${formatDay(period.last)}, ${direction} ${figure(before)} from ${formatDay(period.first)} to ${formatDay(firstEnd)}.`;
  return { text, sources: metric.sourceOrgs, size: relative(delta, middle(before)) };
}

function middle(point: { low: number; high: number }): number {
  return (point.low + point.high) / 2;
}

function figure(point: { low: number; high: number }): string {
  return formatFigure({ low: point.low, high: point.high, qualifier: point.low === point.high ? 'exact' : 'range' });
}

/** How large a change is against where it started; from nothing, any change counts as doubling. */
function relative(delta: number, start: number): number {
  return start > 0 ? Math.abs(delta) / start : delta === 0 ? 0 : 1;
}
