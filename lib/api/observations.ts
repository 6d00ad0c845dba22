import 'server-only';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { Page } from '@/lib/api/params';
import type { ApiObservation, MetricTotal } from '@/lib/api/schemas';
import type { SessionUser } from '@/lib/auth/permissions';
import { fetchCountRows, resolveDashboardScope, type CountingScope } from '@/lib/dashboard/read';
import { countMetric, type Drawn } from '@/lib/facts/counting';
import { METRICS } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

export type ObservationPage = {
  period: { from: string; to: string };
  totals: MetricTotal[];
  observations: ApiObservation[];
  nextCursor: string | null;
};

/**
 * The dashboard's observations for a view (its read model: rollups plus the reader's restricted
 * facts, drawn by the choice rule) and each metric counted by lib/facts/counting.ts. Later pages
 * keep the first page's period, so a default "last 90 days" cannot move under a client.
 */
export async function listObservations(
  filters: DashboardFilters,
  reader: SessionUser | null,
  page: Page,
  today: string,
): Promise<ObservationPage> {
  const after = decodeCursor('observations', page.cursor, 3);
  const scope = await resolveDashboardScope(after ? { ...filters, from: after[0], to: after[1] } : filters, reader, today);
  const metrics = scope.metrics ?? [...METRICS];
  const rows = (await fetchCountRows(scope, metrics, scope.period)).map((row) => ({ row, key: sortKey(row) }));
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rest = after ? rows.filter(({ key }) => key > after[2]) : rows;
  const shown = rest.slice(0, page.limit);
  const last = shown.at(-1);
  const { from, to } = scope.period;
  return {
    period: { from, to },
    totals: totalsOf(
      scope,
      metrics,
      rows.map(({ row }) => row),
    ),
    observations: await named(shown.map(({ row }) => row)),
    nextCursor: rest.length > page.limit && last ? encodeCursor('observations', [from, to, last.key]) : null,
  };
}

/** Day first, so pages run through time; the source last, as running totals are one row per source. */
function sortKey(row: Drawn): string {
  return [row.date, row.metric, row.unit, row.measure, row.locationId, row.sourceOrgId].join('\u001f');
}

function totalsOf(scope: CountingScope, metrics: readonly (typeof METRICS)[number][], rows: Drawn[]): MetricTotal[] {
  return metrics.flatMap((metric) => {
    const { unit, kind, figure } = countMetric(metric, rows, { places: scope.places, period: scope.period });
    if (!figure) return [];
    const { low, high, isEstimate, observationCount, latestDate } = figure;
    return [{ metric, unit, kind, low, high, isEstimate, observationCount, latestDate }];
  });
}

/** Places and organizations by slug, the names the filters take. */
async function named(rows: Drawn[]): Promise<ApiObservation[]> {
  const [places, organizations] = await Promise.all([
    prisma.location.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.locationId))] } }, select: { id: true, slug: true } }),
    prisma.organization.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.sourceOrgId))] } },
      select: { id: true, slug: true },
    }),
  ]);
  const placeSlug = new Map(places.map((place) => [place.id, place.slug]));
  const organizationSlug = new Map(organizations.map((organization) => [organization.id, organization.slug]));
  return rows.map((row) => ({
    metric: row.metric,
    unit: row.unit,
    measure: row.measure,
    location: placeSlug.get(row.locationId) ?? row.locationId,
    date: row.date,
    periodStart: row.periodStart,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as ApiObservation['qualifier'],
    factId: row.factId,
    sourceOrganization: organizationSlug.get(row.sourceOrgId) ?? row.sourceOrgId,
  }));
}
