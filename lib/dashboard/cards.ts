import type { DailyTotal, PlaceObservation } from '@/lib/dashboard/buckets';
import { changeBetween, type Change } from '@/lib/dashboard/period';
import { isFlowMetric, type Metric } from '@/lib/facts/vocabulary';

/** The key figures, in the order a coordinator reads them. Killed and injured show only when present. */
export const CARD_METRICS: readonly Metric[] = ['trucks', 'people_departed', 'people_arrived', 'camp_population', 'people_trapped', 'people_killed', 'people_injured'];
const SHOWN_ONLY_WHEN_PRESENT: ReadonlySet<Metric> = new Set<Metric>(['people_killed', 'people_injured']);

/** A card's value: a range when sources or qualifiers make it one, the day it refers to. */
export type CardFigure = { low: number; high: number; isEstimate: boolean; latestDate: string; observationCount: number; placeCount: number };

export type KeyFigure = {
  metric: Metric;
  kind: 'flow' | 'stock';
  current: CardFigure | null;
  previous: CardFigure | null;
  change: Change | null;
};

/** Flows over a period: every observation adds up (across places and days). */
export function flowFigure(days: DailyTotal[]): CardFigure | null {
  if (days.length === 0) return null;
  return {
    low: sum(days.map((day) => day.low)),
    high: sum(days.map((day) => day.high)),
    isEstimate: days.some((day) => day.hasEstimate),
    latestDate: days.reduce((latest, day) => (day.date > latest ? day.date : latest), days[0].date),
    observationCount: sum(days.map((day) => day.observationCount)),
    placeCount: 0,
  };
}

/** Stocks over a period: the latest observation of each place, added across places only. */
export function stockFigure(latestPerPlace: PlaceObservation[]): CardFigure | null {
  if (latestPerPlace.length === 0) return null;
  return {
    low: sum(latestPerPlace.map((observation) => observation.low)),
    high: sum(latestPerPlace.map((observation) => observation.high)),
    isEstimate: latestPerPlace.some((observation) => observation.qualifier !== 'exact'),
    latestDate: latestPerPlace.reduce((latest, o) => (o.date > latest ? o.date : latest), latestPerPlace[0].date),
    observationCount: latestPerPlace.length,
    placeCount: latestPerPlace.length,
  };
}

/** A stock card from its total (latest per place, summed across places): one observation per place. */
export function stockFigureOfTotal(total: { date: string; low: number; high: number; observationCount: number; estimateCount: number } | undefined): CardFigure | null {
  if (!total || total.observationCount === 0) return null;
  return { low: total.low, high: total.high, isEstimate: total.estimateCount > 0, latestDate: total.date, observationCount: total.observationCount, placeCount: total.observationCount };
}

/** Cards for each key metric; current and previous figures come from the same counting rules. */
export function buildKeyFigures(
  metrics: readonly Metric[],
  figureOf: (metric: Metric, which: 'current' | 'previous') => CardFigure | null,
): KeyFigure[] {
  return metrics
    .map((metric) => {
      const current = figureOf(metric, 'current');
      const previous = figureOf(metric, 'previous');
      const change = current ? changeBetween(midpoint(current), previous ? midpoint(previous) : null) : null;
      return { metric, kind: isFlowMetric(metric) ? ('flow' as const) : ('stock' as const), current, previous, change };
    })
    .filter((card) => card.current !== null || !SHOWN_ONLY_WHEN_PRESENT.has(card.metric));
}

export function midpoint({ low, high }: { low: number; high: number }): number {
  return (low + high) / 2;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
