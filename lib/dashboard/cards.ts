import { changeBetween, type Change, type Period } from '@/lib/dashboard/period';
import { countMetric, isComparable, midpoint, type Drawn, type Figure, type MetricCount, type Places } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';

/**
 * The key figures, in the order a coordinator reads them (the dashboard's cards and the
 * summaries' metric order). Killed and injured show only when present.
 */
export const CARD_METRICS: readonly Metric[] = [
  'trucks',
  'people_departed',
  'people_arrived',
  'camp_population',
  'people_trapped',
  'people_killed',
  'people_injured',
];
const SHOWN_ONLY_WHEN_PRESENT: ReadonlySet<Metric> = new Set<Metric>(['people_killed', 'people_injured']);

export type KeyFigure = Omit<MetricCount, 'figure' | 'days'> & {
  current: Figure | null;
  previous: Figure | null;
  /** Null when there is nothing to compare: see `comparable`. */
  change: Change | null;
  /** Whether the previous period has figures for the same places ("no comparable figures" otherwise). */
  comparable: boolean;
};

/** One card: the metric counted over the period and the period before, from the same rows. */
export function keyFigureOf(metric: Metric, rows: Drawn[], places: Places, period: Period, before: Period): KeyFigure {
  const { figure: current, unit, kind, runningTotals, derived, alsoReported } = countMetric(metric, rows, { places, period });
  const previous = countMetric(metric, rows, { places, period: before }).figure;
  const comparable = isComparable(current, previous);
  const change = current && previous && comparable ? changeBetween(midpoint(current), midpoint(previous)) : null;
  return { metric, unit, kind, runningTotals, derived, alsoReported, current, previous, change, comparable };
}

export function isShown(card: KeyFigure): boolean {
  if (!SHOWN_ONLY_WHEN_PRESENT.has(card.metric)) return true;
  return card.current !== null || card.runningTotals.length > 0 || card.alsoReported.length > 0;
}

/** Metrics in card order first, then the vocabulary's order. */
export function cardRank(metric: Metric, vocabulary: readonly Metric[]): number {
  return CARD_METRICS.includes(metric) ? CARD_METRICS.indexOf(metric) : CARD_METRICS.length + vocabulary.indexOf(metric);
}
