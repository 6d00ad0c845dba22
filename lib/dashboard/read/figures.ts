import 'server-only';
import { bucketFlows, bucketLatest, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { CARD_METRICS, isShown, keyFigureOf, type KeyFigure } from '@/lib/dashboard/cards';
import { previousPeriod } from '@/lib/dashboard/period';
import { fetchOrganizationCounts, type OrganizationCount } from '@/lib/dashboard/read/organizations';
import { fetchCountRows } from '@/lib/dashboard/read/rows';
import type { CountingScope } from '@/lib/dashboard/scope';
import { guarded } from '@/lib/data/guarded';
import { countMetric, latestPerPlace, mainUnitOf, type Drawn } from '@/lib/facts/counting';
import { FLOW_METRICS, METRICS, STOCK_METRICS, type Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/** Names for the places and sources a card lists (running totals, derived flows). */
export type Names = { places: Record<string, string>; organizations: Record<string, string> };
export type KeyFigureCard = KeyFigure & { organizations: OrganizationCount[] };

/** The cards: each key metric over the period and the period before, with who states it. */
export async function fetchKeyFigures(scope: CountingScope): Promise<{ cards: KeyFigureCard[]; names: Names }> {
  return guarded('fetchKeyFigures', async () => {
    const metrics = CARD_METRICS.filter((metric) => scope.metrics === null || scope.metrics.includes(metric));
    const before = previousPeriod(scope.period);
    const [rows, organizations] = await Promise.all([
      fetchCountRows(scope, metrics, { from: before.from, to: scope.period.to }),
      fetchOrganizationCounts(scope, metrics),
    ]);
    const cards = metrics
      .map((metric) => keyFigureOf(metric, rows, scope.places, scope.period, before))
      .filter(isShown)
      .map((card) => ({ ...card, organizations: organizations.filter((count) => count.metric === card.metric) }));
    return { cards, names: await fetchNames(cards) };
  });
}

async function fetchNames(cards: KeyFigure[]): Promise<Names> {
  const lines = cards.flatMap((card) => [...card.runningTotals, ...card.derived]);
  const [places, organizations] = await Promise.all([
    prisma.location.findMany({
      where: { id: { in: [...new Set(lines.map((line) => line.locationId))] } },
      select: { id: true, name: true },
    }),
    prisma.organization.findMany({
      where: { id: { in: [...new Set(lines.map((line) => line.sourceOrgId))] } },
      select: { id: true, name: true, shortName: true },
    }),
  ]);
  return {
    places: Object.fromEntries(places.map((place) => [place.id, place.name])),
    organizations: Object.fromEntries(organizations.map((organization) => [organization.id, organization.shortName ?? organization.name])),
  };
}

export type FlowSeries = { metric: Metric; unit: string; points: BucketPoint[] };

/** Bars per day, week or month for each flow metric in view: flows and derived flows of the main unit only. */
export async function fetchFlowSeries(scope: CountingScope, granularity: Granularity): Promise<FlowSeries[]> {
  return guarded('fetchFlowSeries', async () => {
    const metrics = metricsInView(scope).filter((metric) => FLOW_METRICS.has(metric));
    const rows = await fetchCountRows(scope, metrics, scope.period);
    return metrics
      .map((metric) => {
        const { days, unit } = countMetric(metric, rows, { places: scope.places, period: scope.period });
        const totals = days.map((day) => ({
          metric,
          date: day.date,
          low: day.low,
          high: day.high,
          observationCount: day.observationCount,
          derivedCount: day.derivedCount,
          hasEstimate: day.isEstimate,
        }));
        return { metric, unit, points: bucketFlows(totals, granularity) };
      })
      .filter((series) => series.points.length > 0);
  });
}

export type Line = { locationId: string; name: string; slug: string; points: BucketPoint[] };
/** `stock`: a place's latest figures; `running`: one source's running totals at one place (never added up). */
export type StockSeries = { metric: Metric; kind: 'stock' | 'running'; unit: string; places: Line[] };
const STOCK_PLACES_DRAWN = 5;

/** Lines of stocks (the places with the largest latest figures) and of running totals, main unit only. */
export async function fetchStockSeries(scope: CountingScope, granularity: Granularity): Promise<StockSeries[]> {
  return guarded('fetchStockSeries', async () => {
    const metrics = metricsInView(scope);
    const rows = (await fetchCountRows(scope, metrics, scope.period)).filter(
      (row) => row.unit === mainUnitOf(row.metric) && row.date >= scope.period.from,
    );
    const lines = metrics.flatMap((metric) => {
      const mine = rows.filter((row) => row.metric === metric);
      const stocks = STOCK_METRICS.has(metric)
        ? [{ metric, kind: 'stock' as const, lines: stockLines(mine.filter((row) => row.measure !== 'cumulative')) }]
        : [];
      return [...stocks, { metric, kind: 'running' as const, lines: runningLines(mine.filter((row) => row.measure === 'cumulative')) }];
    });
    const names = await prisma.location.findMany({
      where: { id: { in: [...new Set(lines.flatMap((entry) => entry.lines.map((line) => line.locationId)))] } },
      select: { id: true, name: true, slug: true },
    });
    const organizations = await prisma.organization.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.sourceOrgId))] } },
      select: { id: true, name: true, shortName: true },
    });
    return lines
      .filter((entry) => entry.lines.length > 0)
      .map(({ metric, kind, lines: drawn }) => ({
        metric,
        kind,
        unit: mainUnitOf(metric),
        places: drawn.map(({ locationId, sourceOrgId, rows: own }) => {
          const place = names.find((candidate) => candidate.id === locationId);
          const source = organizations.find((candidate) => candidate.id === sourceOrgId);
          const name = `${place?.name ?? locationId}${source ? ` (${source.shortName ?? source.name})` : ''}`;
          return { locationId, name, slug: place?.slug ?? '', points: bucketLatest(own, granularity).get(locationId) ?? [] };
        }),
      }));
  });
}

type DrawnLine = { locationId: string; sourceOrgId: string | null; rows: Drawn[] };

function stockLines(rows: Drawn[]): DrawnLine[] {
  const top = latestPerPlace(rows)
    .sort((a, b) => b.high - a.high || a.locationId.localeCompare(b.locationId))
    .slice(0, STOCK_PLACES_DRAWN);
  return top.map(({ locationId }) => ({ locationId, sourceOrgId: null, rows: rows.filter((row) => row.locationId === locationId) }));
}

function runningLines(rows: Drawn[]): DrawnLine[] {
  const keys = [...new Set(rows.map((row) => `${row.locationId}|${row.sourceOrgId}`))].sort();
  return keys.slice(0, STOCK_PLACES_DRAWN * 2).map((key) => {
    const [locationId, sourceOrgId] = key.split('|');
    return { locationId, sourceOrgId, rows: rows.filter((row) => row.locationId === locationId && row.sourceOrgId === sourceOrgId) };
  });
}

function metricsInView(scope: CountingScope): Metric[] {
  return scope.metrics ?? [...METRICS];
}
