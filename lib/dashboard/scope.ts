import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { previousPeriod, resolvePeriod, type Period } from '@/lib/dashboard/period';
import { FACT_COLUMNS, latestDaySql, overlayFactsSql } from '@/lib/dashboard/read/sql';
import { guarded } from '@/lib/data/guarded';
import { fetchPlaceParents, placesWithinSql } from '@/lib/locations/within';
import type { CountableFact, Measure, Places } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * What a view counts: ids resolved from the URL's slugs (an empty list means "nothing matches",
 * null "no filter"); a place stands for itself and every place inside it. A scope is one request's
 * view: its rows are read once and kept with it (read/rows.ts), so resolve a new one after a write.
 */
export type CountingScope = {
  period: Period;
  metrics: Metric[] | null;
  locationIds: string[] | null;
  orgIds: string[] | null;
  /** The reader's organizations, when they own restricted facts or reports (else empty). */
  memberOf: string[];
  /** Their restricted facts in view (this period and the previous one), loaded once per view. */
  overlay: CountableFact[];
  /** Every place's parent: the nesting rule needs it. */
  places: Places;
};

/** Resolves the URL's filters; the period defaults to the last 90 days that have figures. */
export async function resolveDashboardScope(filters: DashboardFilters, reader: SessionUser | null, today: string): Promise<CountingScope> {
  return guarded('resolveDashboardScope', async () => {
    const memberOf = organizationsWithRole(reader, 'viewer');
    const [orgIds, places, locationIds, ownsRestricted] = await Promise.all([
      filters.orgs.length
        ? prisma.organization
            .findMany({ where: { slug: { in: filters.orgs } }, select: { id: true } })
            .then((rows) => rows.map((row) => row.id))
        : null,
      fetchPlaceParents(),
      filters.locations.length ? placesWithin(filters.locations) : null,
      memberOf.length ? ownsRestrictedFigures(memberOf) : false,
    ]);
    const metrics = filters.metrics.length ? filters.metrics : null;
    const base: CountingScope = {
      period: { from: '', to: '' },
      metrics,
      locationIds,
      orgIds,
      memberOf: ownsRestricted ? memberOf : [],
      overlay: [],
      places,
    };
    const period =
      filters.from && filters.to ? resolvePeriod(filters, null, today) : resolvePeriod(filters, await fetchLatestDay(base), today);
    // Cards compare with the previous period: the reader's restricted facts for both at once.
    return { ...base, period, overlay: await loadOverlay(base, { from: previousPeriod(period).from, to: period.to }) };
  });
}

async function placesWithin(slugs: string[]): Promise<string[]> {
  return (await prisma.$queryRaw<{ id: string }[]>(placesWithinSql(slugs))).map((row) => String(row.id));
}

/** Whether the reader's organizations own any restricted fact or restricted report (both indexed by owner). */
async function ownsRestrictedFigures(memberOf: string[]): Promise<boolean> {
  const [fact, report] = await Promise.all([
    prisma.fact.findFirst({
      where: { ownerOrgId: { in: memberOf }, sensitivity: 'restricted', status: 'confirmed', deletedAt: null },
      select: { id: true },
    }),
    prisma.report.findFirst({ where: { ownerOrgId: { in: memberOf }, sensitivity: 'restricted' }, select: { id: true } }),
  ]);
  return Boolean(fact || report);
}

async function fetchLatestDay(scope: CountingScope): Promise<string | null> {
  const [rows, extra] = await Promise.all([
    prisma.$queryRaw<{ latest: string | null }[]>(latestDaySql(scope)),
    scope.memberOf.length
      ? prisma.$queryRaw<{ latest: string | null }[]>(
          overlayFactsSql(scope, { from: '0000-01-01', to: '9999-12-31' }, Prisma.sql`MAX(f."date") AS "latest"`),
        )
      : [],
  ]);
  const latest = rows[0]?.latest ?? null;
  const own = extra[0]?.latest ?? null;
  return own !== null && (latest === null || own > latest) ? own : latest;
}

async function loadOverlay(scope: CountingScope, period: Period): Promise<CountableFact[]> {
  if (scope.memberOf.length === 0) return [];
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(overlayFactsSql(scope, period, FACT_COLUMNS));
  return rows.map((row) => ({
    id: String(row.id),
    metric: row.metric as Metric,
    unit: String(row.unit),
    measure: row.measure as Measure,
    locationId: String(row.locationId),
    date: String(row.date),
    periodStart: row.periodStart === null ? null : String(row.periodStart),
    low: Number(row.low),
    high: Number(row.high),
    qualifier: String(row.qualifier),
    sourceOrgId: String(row.sourceOrgId),
    publishedDate: String(row.publishedDate),
    confirmedAt: isoOrEmpty(row.reviewedAt),
  }));
}

/** Confirmation times compare as ISO strings, as the choice rule compares them. */
export function isoOrEmpty(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return value.toISOString();
  return new Date(typeof value === 'number' || typeof value === 'bigint' ? Number(value) : String(value)).toISOString();
}
