import 'server-only';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { bucketFlows, bucketLatest, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { buildKeyFigures, CARD_METRICS, flowFigure, type KeyFigure } from '@/lib/dashboard/cards';
import { previousPeriod, resolvePeriod } from '@/lib/dashboard/period';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { fetchDailyTotals, fetchLatestPerPlace, fetchPlaceObservations, fetchStockFigures, fetchTopLatest, type MetricObservation } from '@/lib/data/dashboard-counts';
import { fetchOverlayLatestDay, loadOverlay } from '@/lib/data/dashboard-overlay';
import { latestDaySql } from '@/lib/data/dashboard-rollup-sql';
import type { CountingScope } from '@/lib/data/dashboard-sql';
import { guarded } from '@/lib/data/guarded';
import { fetchOrganizationCounts, type OrganizationCount } from '@/lib/data/dashboard-organizations';
import { FLOW_METRICS, METRICS, STOCK_METRICS, type Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

export type { CountingScope };
export { fetchDailyTotals, fetchLatestPerPlace };

/**
 * Resolves the URL's filters into what the queries need: ids for slugs, the period (defaulting
 * to the last 90 days that have figures), and the reader's organizations when they own
 * restricted facts or reports (their overlay). Every page counts from the rollups.
 */
export async function resolveDashboardScope(filters: DashboardFilters, reader: SessionUser | null, today: string): Promise<CountingScope> {
  return guarded('resolveDashboardScope', async () => {
    const memberOf = organizationsWithRole(reader, 'viewer');
    const [orgIds, locationIds, ownsRestricted] = await Promise.all([
      filters.orgs.length ? prisma.organization.findMany({ where: { slug: { in: filters.orgs } }, select: { id: true } }).then(ids) : null,
      filters.locations.length ? prisma.location.findMany({ where: { slug: { in: filters.locations } }, select: { id: true } }).then(ids) : null,
      memberOf.length ? ownsRestrictedFigures(memberOf) : false,
    ]);
    const metrics = filters.metrics.length ? filters.metrics : null;
    const base: CountingScope = { source: 'rollup', period: { from: '', to: '' }, metrics, locationIds, orgIds, memberOf: ownsRestricted ? memberOf : [], overlay: null, factWhere: {} };
    const latestDay = filters.from && filters.to ? null : await fetchLatestDay(base);
    const period = resolvePeriod(filters, latestDay, today);
    // Cards compare with the previous period: load the reader's restricted facts for both at once.
    const overlay = await loadOverlay(base, { metrics: metrics ?? METRICS, period: { from: previousPeriod(period).from, to: period.to }, locationIds });
    return { ...base, period, overlay, factWhere: buildFactWhere({ ...filters, ...period }, reader) };
  });
}

/** Whether the reader's organizations own any restricted fact or restricted report (both indexed by owner). */
async function ownsRestrictedFigures(memberOf: string[]): Promise<boolean> {
  const [fact, report] = await Promise.all([
    prisma.fact.findFirst({ where: { ownerOrgId: { in: memberOf }, sensitivity: 'restricted', status: 'confirmed', deletedAt: null }, select: { id: true } }),
    prisma.report.findFirst({ where: { ownerOrgId: { in: memberOf }, sensitivity: 'restricted' }, select: { id: true } }),
  ]);
  return Boolean(fact || report);
}

async function fetchLatestDay(scope: CountingScope): Promise<string | null> {
  const [rows, extra] = await Promise.all([
    prisma.$queryRaw<{ latest: string | null }[]>(latestDaySql(scope, scope.metrics)),
    fetchOverlayLatestDay(scope, { metrics: scope.metrics ?? METRICS, period: { from: '0000-01-01', to: '9999-12-31' }, locationIds: scope.locationIds }),
  ]);
  const latest = rows[0]?.latest ?? null;
  return extra !== null && (latest === null || extra > latest) ? extra : latest;
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
      fetchDailyTotals(scope, flows, scope.period, 'metric'),
      fetchDailyTotals(scope, flows, before, 'metric'),
      fetchStockFigures(scope, stocks, scope.period),
      fetchStockFigures(scope, stocks, before),
      fetchOrganizationCounts(scope, metrics),
    ]);
    const figures = buildKeyFigures(metrics, (metric, which) => {
      if (FLOW_METRICS.has(metric)) return flowFigure((which === 'current' ? flowNow : flowBefore).filter((day) => day.metric === metric));
      return (which === 'current' ? stockNow : stockBefore).get(metric) ?? null;
    });
    return figures.map((figure) => ({ ...figure, organizations: organizations.filter((count) => count.metric === figure.metric) }));
  });
}

export type FlowSeries = { metric: Metric; points: BucketPoint[] };

/** Bars per day, week or month for each flow metric in view. */
export async function fetchFlowSeries(scope: CountingScope, granularity: Granularity): Promise<FlowSeries[]> {
  return guarded('fetchFlowSeries', async () => {
    const metrics = metricsInView(scope).filter((metric) => FLOW_METRICS.has(metric));
    const days = await fetchDailyTotals(scope, metrics, scope.period, granularity);
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
    const latest = await fetchTopLatest(scope, metrics, scope.period, STOCK_PLACES_DRAWN);
    const series = await Promise.all(metrics.map((metric) => stockSeriesOf(scope, metric, latest, granularity)));
    return series.filter((entry) => entry.places.length > 0);
  });
}

async function stockSeriesOf(scope: CountingScope, metric: Metric, latest: MetricObservation[], granularity: Granularity): Promise<StockSeries> {
  const top = latest.filter((row) => row.metric === metric).map((row) => row.locationId);
  if (top.length === 0) return { metric, places: [] };
  const drawn = scope.locationIds === null ? top : top.filter((id) => scope.locationIds!.includes(id));
  const [observations, places] = await Promise.all([
    fetchPlaceObservations(scope, metric, scope.period, drawn),
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

function metricsInView(scope: CountingScope): Metric[] {
  return scope.metrics ?? [...METRICS];
}

function ids(rows: { id: string }[]): string[] {
  return rows.map((row) => row.id);
}
