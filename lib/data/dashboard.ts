import 'server-only';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { bucketFlows, bucketLatest, type BucketPoint, type DailyTotal, type Granularity, type PlaceObservation } from '@/lib/dashboard/buckets';
import { buildKeyFigures, CARD_METRICS, flowFigure, stockFigure, type KeyFigure } from '@/lib/dashboard/cards';
import { previousPeriod, resolvePeriod, type Period } from '@/lib/dashboard/period';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { dailyTotalsSql, latestPerPlaceSql, observationsSql, type CountingScope } from '@/lib/data/dashboard-sql';
import { guarded } from '@/lib/data/guarded';
import { fetchOrganizationCounts, type OrganizationCount } from '@/lib/data/dashboard-organizations';
import { FLOW_METRICS, METRICS, STOCK_METRICS, type Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

export type { CountingScope };

/**
 * Resolves the URL's filters into what the queries need: ids for slugs, the period (defaulting
 * to the last 90 days that have figures), and whether the public rollups can answer.
 */
export async function resolveDashboardScope(filters: DashboardFilters, reader: SessionUser | null, today: string): Promise<CountingScope> {
  return guarded('resolveDashboardScope', async () => {
    const memberOf = organizationsWithRole(reader, 'viewer');
    const [orgIds, locationIds, seesRestricted] = await Promise.all([
      filters.orgs.length ? prisma.organization.findMany({ where: { slug: { in: filters.orgs } }, select: { id: true } }).then(ids) : null,
      filters.locations.length ? prisma.location.findMany({ where: { slug: { in: filters.locations } }, select: { id: true } }).then(ids) : null,
      memberOf.length ? prisma.fact.findFirst({ where: { ownerOrgId: { in: memberOf }, sensitivity: 'restricted', status: 'confirmed', deletedAt: null }, select: { id: true } }).then(Boolean) : false,
    ]);
    const source = orgIds !== null || seesRestricted ? 'live' : 'rollup';
    const metrics = filters.metrics.length ? filters.metrics : null;
    const latestDay = filters.from && filters.to ? null : await fetchLatestDay(source, filters, reader);
    const period = resolvePeriod(filters, latestDay, today);
    const factWhere = buildFactWhere({ ...filters, ...period }, reader);
    return { source, period, metrics, locationIds, orgIds, memberOf: seesRestricted ? memberOf : [], factWhere };
  });
}

async function fetchLatestDay(source: CountingScope['source'], filters: DashboardFilters, reader: SessionUser | null): Promise<string | null> {
  const metric = filters.metrics.length ? { in: filters.metrics } : undefined;
  if (source === 'rollup' && filters.locations.length === 0) {
    return (await prisma.metricDayRollup.aggregate({ where: { metric }, _max: { date: true } }))._max.date;
  }
  const where = buildFactWhere({ ...filters, from: null, to: filters.to }, reader);
  return (await prisma.fact.aggregate({ where, _max: { date: true } }))._max.date;
}

export type KeyFigureCard = KeyFigure & { organizations: OrganizationCount[] };

/** The cards: each key metric over the period and the period before, with who states it. */
export async function fetchKeyFigures(scope: CountingScope): Promise<KeyFigureCard[]> {
  return guarded('fetchKeyFigures', async () => {
    const metrics = CARD_METRICS.filter((metric) => scope.metrics === null || scope.metrics.includes(metric));
    const flows = metrics.filter((metric) => FLOW_METRICS.has(metric));
    const stocks = metrics.filter((metric) => STOCK_METRICS.has(metric));
    const before = previousPeriod(scope.period);
    const [flowNow, flowBefore, stockNow, stockBefore, organizations] = await Promise.all([
      fetchDailyTotals(scope, flows, scope.period),
      fetchDailyTotals(scope, flows, before),
      fetchLatestPerPlace(scope, stocks, scope.period),
      fetchLatestPerPlace(scope, stocks, before),
      fetchOrganizationCounts(scope, metrics),
    ]);
    const figures = buildKeyFigures(metrics, (metric, which) => {
      if (FLOW_METRICS.has(metric)) return flowFigure((which === 'current' ? flowNow : flowBefore).filter((day) => day.metric === metric));
      return stockFigure((which === 'current' ? stockNow : stockBefore).filter((row) => row.metric === metric));
    });
    return figures.map((figure) => ({ ...figure, organizations: organizations.filter((count) => count.metric === figure.metric) }));
  });
}

export type FlowSeries = { metric: Metric; points: BucketPoint[] };

/** Bars per day, week or month for each flow metric in view. */
export async function fetchFlowSeries(scope: CountingScope, granularity: Granularity): Promise<FlowSeries[]> {
  return guarded('fetchFlowSeries', async () => {
    const metrics = metricsInView(scope).filter((metric) => FLOW_METRICS.has(metric));
    const days = await fetchDailyTotals(scope, metrics, scope.period);
    return metrics
      .map((metric) => ({ metric, points: bucketFlows(days.filter((day) => day.metric === metric), granularity) }))
      .filter((series) => series.points.length > 0);
  });
}

export type StockSeries = { metric: Metric; places: { locationId: string; name: string; slug: string; points: BucketPoint[] }[] };
const STOCK_PLACES_DRAWN = 5;

/** Lines of the latest value per place for each stock metric: the places with the largest latest figures. */
export async function fetchStockSeries(scope: CountingScope, granularity: Granularity): Promise<StockSeries[]> {
  return guarded('fetchStockSeries', async () => {
    const metrics = metricsInView(scope).filter((metric) => STOCK_METRICS.has(metric));
    const latest = await fetchLatestPerPlace(scope, metrics, scope.period);
    const series = await Promise.all(metrics.map((metric) => stockSeriesOf(scope, metric, latest, granularity)));
    return series.filter((entry) => entry.places.length > 0);
  });
}

async function stockSeriesOf(scope: CountingScope, metric: Metric, latest: (PlaceObservation & { metric: string })[], granularity: Granularity): Promise<StockSeries> {
  const top = latest
    .filter((row) => row.metric === metric)
    .sort((a, b) => b.high - a.high)
    .slice(0, STOCK_PLACES_DRAWN)
    .map((row) => row.locationId);
  if (top.length === 0) return { metric, places: [] };
  const placeScope = { ...scope, locationIds: scope.locationIds === null ? top : top.filter((id) => scope.locationIds!.includes(id)) };
  const [observations, places] = await Promise.all([
    prisma.$queryRaw<RawRow[]>(observationsSql(placeScope, [metric], scope.period)).then((rows) => rows.map(toPlaceObservation)),
    prisma.location.findMany({ where: { id: { in: top } }, select: { id: true, name: true, slug: true } }),
  ]);
  const byPlace = bucketLatest(observations, granularity);
  return {
    metric,
    places: top.map((id) => {
      const place = places.find((candidate) => candidate.id === id);
      return { locationId: id, name: place?.name ?? id, slug: place?.slug ?? '', points: byPlace.get(id) ?? [] };
    }),
  };
}

export async function fetchDailyTotals(scope: CountingScope, metrics: Metric[], period: Period): Promise<DailyTotal[]> {
  if (metrics.length === 0) return [];
  const rows = await prisma.$queryRaw<RawRow[]>(dailyTotalsSql(scope, metrics, period));
  return rows.map((row) => ({
    metric: String(row.metric),
    date: String(row.date),
    low: Number(row.low),
    high: Number(row.high),
    observationCount: Number(row.observationCount),
    hasEstimate: Boolean(Number(row.hasEstimate)),
  }));
}

export async function fetchLatestPerPlace(scope: CountingScope, metrics: Metric[], period: Period): Promise<(PlaceObservation & { metric: string })[]> {
  if (metrics.length === 0) return [];
  const rows = await prisma.$queryRaw<RawRow[]>(latestPerPlaceSql(scope, metrics, period));
  return rows.map((row) => ({ ...toPlaceObservation(row), metric: String(row.metric) }));
}

type RawRow = Record<string, unknown>;

function toPlaceObservation(row: RawRow): PlaceObservation {
  return { locationId: String(row.locationId), date: String(row.date), low: Number(row.low), high: Number(row.high), qualifier: String(row.qualifier) };
}

function metricsInView(scope: CountingScope): Metric[] {
  return scope.metrics ?? [...METRICS];
}

function ids(rows: { id: string }[]): string[] {
  return rows.map((row) => row.id);
}
