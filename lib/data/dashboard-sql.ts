import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Period } from '@/lib/dashboard/period';
import type { CountableFact } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';

/**
 * Where the dashboard counts from. `rollup` (every page): the rollup tables, with the reader's
 * restricted facts merged over them (lib/data/dashboard-overlay.ts) when `memberOf` is not empty.
 * `live`: Fact itself, deduplicated in SQL by the same CHOICE_RULE; the reference the tests hold
 * the rollups to, never used by a page. Ids here are resolved from the URL's slugs; an empty list
 * means "nothing matches", null means "no filter".
 */
export type CountingScope = {
  source: 'rollup' | 'live';
  period: Period;
  metrics: Metric[] | null;
  locationIds: string[] | null;
  orgIds: string[] | null;
  /** The reader's organizations, when they own restricted facts or reports (else empty). */
  memberOf: string[];
  /** Their restricted facts in view (this period and the previous one), loaded once per view. */
  overlay: Overlay | null;
  /** The same view as a Prisma where clause (buildFactWhere), for reads that need no deduplication. */
  factWhere: Prisma.FactWhereInput;
};

/** Which of the reader's restricted facts to read: metrics, days and places (organizations come from the scope). */
export type OverlayQuery = { metrics: readonly Metric[]; period: Period; locationIds: string[] | null };
/** The reader's restricted facts for a query, and the rollup rows at their observations (as drawn facts). */
export type Overlay = { query: OverlayQuery; facts: CountableFact[]; base: CountableFact[] };

export const NOTHING = Prisma.sql`1 = 0`;

export function inList(column: Prisma.Sql, values: readonly string[] | null): Prisma.Sql {
  if (values === null) return Prisma.sql`1 = 1`;
  if (values.length === 0) return NOTHING;
  return Prisma.sql`${column} IN (${Prisma.join(values)})`;
}

export function dateBetween(column: Prisma.Sql, period: Period): Prisma.Sql {
  return Prisma.sql`${column} >= ${period.from} AND ${column} <= ${period.to}`;
}

/**
 * Visibility as in lib/data/fact-filters.ts visibleConfirmedFactsWhere, written as SQL for the
 * grouped queries (the integration tests check both agree): confirmed, not deleted, public or
 * owned by one of the reader's organizations, and from no report or one the reader may see.
 * Needs `f` (Fact) and `r` (its Report, LEFT JOINed).
 */
export function visibleFacts(memberOf: string[]): Prisma.Sql {
  const fact = memberOf.length ? Prisma.sql` OR f."ownerOrgId" IN (${Prisma.join(memberOf)})` : Prisma.empty;
  const report = memberOf.length ? Prisma.sql` OR r."ownerOrgId" IN (${Prisma.join(memberOf)})` : Prisma.empty;
  return Prisma.sql`f."status" = 'confirmed' AND f."deletedAt" IS NULL AND (f."sensitivity" = 'public'${fact}) AND (r."id" IS NULL OR r."sensitivity" = 'public'${report})`;
}

/** Live: one row per observation (metric, place, day) with the value CHOICE_RULE draws. */
export function liveObservationsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  return Prisma.sql`SELECT "metric", "locationId", "date", "low", "high", "qualifier" FROM (
      SELECT f."metric", f."locationId", f."date", f."low", f."high", f."qualifier",
        ROW_NUMBER() OVER (PARTITION BY f."metric", f."locationId", f."date"
          ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank"
      FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
      WHERE ${visibleFacts(scope.memberOf)} AND ${inList(Prisma.sql`f."metric"`, metrics)} AND ${dateBetween(Prisma.sql`f."date"`, period)}
        AND ${inList(Prisma.sql`f."locationId"`, scope.locationIds)} AND ${inList(Prisma.sql`f."sourceOrgId"`, scope.orgIds)}
    ) ranked WHERE "rank" = 1`;
}

/** Live: per metric and day, the drawn values summed across places (flows). */
export function liveDailyTotalsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  return Prisma.sql`SELECT "metric", "date", SUM("low") AS "low", SUM("high") AS "high", COUNT(*) AS "observationCount",
      SUM(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) AS "estimateCount"
    FROM (${liveObservationsSql(scope, metrics, period)}) obs GROUP BY "metric", "date" ORDER BY "date"`;
}

/** Each place's latest observation in the period, from any observations query. */
export function latestOfObservationsSql(observations: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`WITH obs AS (${observations})
    SELECT o."metric", o."locationId", o."date", o."low", o."high", o."qualifier" FROM obs o
    JOIN (SELECT "metric", "locationId", MAX("date") AS "latest" FROM obs GROUP BY "metric", "locationId") m
      ON m."metric" = o."metric" AND m."locationId" = o."locationId" AND m."latest" = o."date"`;
}
