import 'server-only';
import type { DailyTotal, PlaceObservation } from '@/lib/dashboard/buckets';
import { stockFigure, stockFigureOfTotal, type CardFigure } from '@/lib/dashboard/cards';
import { applyToFlowTotals, applyToLatestPerPlace, applyToObservations, applyToStockTotals, bucketKeyOf, type FlowGrouping, type MetricTotal } from '@/lib/dashboard/overlay';
import type { Period } from '@/lib/dashboard/period';
import { fetchOverlayChanges } from '@/lib/data/dashboard-overlay';
import { flowTotalsSql, latestPerPlaceSql, observationRowsSql, stockTotalsSql, topLatestSql } from '@/lib/data/dashboard-rollup-sql';
import { latestOfObservationsSql, liveDailyTotalsSql, liveObservationsSql, type CountingScope } from '@/lib/data/dashboard-sql';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/**
 * The counted numbers behind cards and charts: from the rollups, with the reader's restricted
 * facts merged over them; or live from Fact (source 'live', the tests' reference).
 */
export type MetricObservation = PlaceObservation & { metric: string };
type RawRow = Record<string, unknown>;

/** Flows summed across places per metric and day, month, or the whole period. */
export async function fetchMetricTotals(scope: CountingScope, metrics: Metric[], period: Period, grouping: FlowGrouping): Promise<MetricTotal[]> {
  if (metrics.length === 0) return [];
  if (scope.source === 'live') return (await prisma.$queryRaw<RawRow[]>(liveDailyTotalsSql(scope, metrics, period))).map((row) => toMetricTotal(row, String(row.date)));
  const [rows, changes] = await Promise.all([
    prisma.$queryRaw<RawRow[]>(flowTotalsSql(scope, metrics, period, grouping)),
    fetchOverlayChanges(scope, { metrics, period, locationIds: scope.locationIds }),
  ]);
  const totals = rows.map((row) => toMetricTotal(row, grouping === 'metric' ? String(row.latestDate) : bucketKeyOf(String(row.latestDate), grouping)));
  return applyToFlowTotals(totals, changes, grouping);
}

/** Per metric and day (or per week or month, dated its first day): what bucketFlows and flowFigure take. */
export async function fetchDailyTotals(scope: CountingScope, metrics: Metric[], period: Period, grouping: FlowGrouping = 'day'): Promise<DailyTotal[]> {
  const totals = await fetchMetricTotals(scope, metrics, period, grouping);
  return totals
    .map(({ estimateCount, ...total }) => ({ ...total, hasEstimate: estimateCount > 0 }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.metric.localeCompare(b.metric));
}

/** Stocks: each place's latest observation in the period. */
export async function fetchLatestPerPlace(scope: CountingScope, metrics: Metric[], period: Period): Promise<MetricObservation[]> {
  if (metrics.length === 0) return [];
  const sql = scope.source === 'live' ? latestOfObservationsSql(liveObservationsSql(scope, metrics, period)) : latestPerPlaceSql(scope, metrics, period);
  const [rows, changes] = await Promise.all([prisma.$queryRaw<RawRow[]>(sql), fetchOverlayChanges(scope, { metrics, period, locationIds: scope.locationIds })]);
  return applyToLatestPerPlace(rows.map(toObservation), changes);
}

/**
 * The `count` places with the largest latest figure per metric (a stock chart's lines). With the
 * reader's restricted facts touching T places, the rollup's top count+T plus those places'
 * merged rows hold the true top `count`: every other place keeps its public value.
 */
export async function fetchTopLatest(scope: CountingScope, metrics: Metric[], period: Period, count: number): Promise<MetricObservation[]> {
  if (metrics.length === 0) return [];
  if (scope.source === 'live') return topPerMetric(await fetchLatestPerPlace(scope, metrics, period), count);
  const changes = await fetchOverlayChanges(scope, { metrics, period, locationIds: scope.locationIds });
  const pairs = new Set(changes.map((change) => `${change.metric}|${change.locationId}`));
  const top = (await prisma.$queryRaw<RawRow[]>(topLatestSql(scope, metrics, period, count + pairs.size))).map(toObservation);
  if (changes.length === 0) return topPerMetric(top, count);
  const places = [...new Set(changes.map((change) => change.locationId))];
  const touched = (await prisma.$queryRaw<RawRow[]>(latestPerPlaceSql({ ...scope, locationIds: places }, metrics, period))).map(toObservation);
  const merged = applyToLatestPerPlace(touched.filter((row) => pairs.has(`${row.metric}|${row.locationId}`)), changes);
  return topPerMetric([...top.filter((row) => !pairs.has(`${row.metric}|${row.locationId}`)), ...merged], count);
}

function topPerMetric(rows: MetricObservation[], count: number): MetricObservation[] {
  const sorted = [...rows].sort((a, b) => b.high - a.high || (a.locationId < b.locationId ? -1 : 1));
  const taken = new Map<string, number>();
  return sorted.filter((row) => {
    const n = taken.get(row.metric) ?? 0;
    taken.set(row.metric, n + 1);
    return n < count;
  });
}

/**
 * Stock cards per metric (latest per place, summed across places). The rollup path returns one
 * row per metric; the reader's restricted facts re-read only the places they touch.
 */
export async function fetchStockFigures(scope: CountingScope, metrics: Metric[], period: Period): Promise<Map<string, CardFigure>> {
  if (metrics.length === 0) return new Map();
  if (scope.source === 'live') {
    const latest = await fetchLatestPerPlace(scope, metrics, period);
    return figuresBy(metrics, (metric) => stockFigure(latest.filter((row) => row.metric === metric)));
  }
  const [rows, changes] = await Promise.all([
    prisma.$queryRaw<RawRow[]>(stockTotalsSql(scope, metrics, period)),
    fetchOverlayChanges(scope, { metrics, period, locationIds: scope.locationIds }),
  ]);
  let totals = rows.map((row) => toMetricTotal(row, String(row.latestDate)));
  if (changes.length > 0) {
    const places = [...new Set(changes.map((change) => change.locationId))];
    const touched = await prisma.$queryRaw<RawRow[]>(latestPerPlaceSql({ ...scope, locationIds: places }, metrics, period));
    totals = applyToStockTotals(totals, touched.map(toObservation), changes);
  }
  return figuresBy(metrics, (metric) => stockFigureOfTotal(totals.find((total) => total.metric === metric)));
}

function figuresBy(metrics: Metric[], figureOf: (metric: Metric) => CardFigure | null): Map<string, CardFigure> {
  const figures = new Map<string, CardFigure>();
  for (const metric of metrics) {
    const figure = figureOf(metric);
    if (figure) figures.set(metric, figure);
  }
  return figures;
}

/** Every observation of some places (a stock chart's lines). */
export async function fetchPlaceObservations(scope: CountingScope, metric: Metric, period: Period, locationIds: string[]): Promise<MetricObservation[]> {
  const placeScope = { ...scope, locationIds };
  const sql = scope.source === 'live' ? liveObservationsSql(placeScope, [metric], period) : observationRowsSql(scope, { metrics: [metric], period, locationIds });
  const [rows, changes] = await Promise.all([prisma.$queryRaw<RawRow[]>(sql), fetchOverlayChanges(scope, { metrics: [metric], period, locationIds })]);
  return applyToObservations(rows.map(toObservation), changes);
}

function toMetricTotal(row: RawRow, date: string): MetricTotal {
  return { metric: String(row.metric), date, low: Number(row.low), high: Number(row.high), observationCount: Number(row.observationCount), estimateCount: Number(row.estimateCount) };
}

function toObservation(row: RawRow): MetricObservation {
  return { metric: String(row.metric), locationId: String(row.locationId), date: String(row.date), low: Number(row.low), high: Number(row.high), qualifier: String(row.qualifier) };
}
