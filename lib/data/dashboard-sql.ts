import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { splitIntoMonthsAndDays } from '@/lib/dashboard/month-split';
import type { Period } from '@/lib/dashboard/period';
import type { Metric } from '@/lib/facts/vocabulary';

/**
 * Where the dashboard counts from. `rollup`: the public rollup tables (anonymous readers and
 * members whose organizations own no restricted facts, without an organization filter).
 * `live`: Fact itself, deduplicated in SQL by the same CHOICE_RULE, for organization filters and
 * for readers who may see restricted facts. Ids here are resolved from the URL's slugs; an empty
 * list means "nothing matches", null means "no filter".
 */
export type CountingScope = {
  source: 'rollup' | 'live';
  period: Period;
  metrics: Metric[] | null;
  locationIds: string[] | null;
  orgIds: string[] | null;
  /** Organizations whose restricted facts this reader may see (live source only). */
  memberOf: string[];
  /** The same view as a Prisma where clause (buildFactWhere), for reads that need no deduplication. */
  factWhere: Prisma.FactWhereInput;
};

const NOTHING = Prisma.sql`1 = 0`;

function inList(column: Prisma.Sql, values: readonly string[] | null): Prisma.Sql {
  if (values === null) return Prisma.sql`1 = 1`;
  if (values.length === 0) return NOTHING;
  return Prisma.sql`${column} IN (${Prisma.join(values)})`;
}

function dateBetween(column: Prisma.Sql, period: Period): Prisma.Sql {
  return Prisma.sql`${column} >= ${period.from} AND ${column} <= ${period.to}`;
}

/**
 * Visibility as in lib/data/fact-filters.ts visibleConfirmedFactsWhere, written as SQL for the
 * grouped queries (the integration tests check both agree): confirmed, not deleted, and public
 * or owned by one of the reader's organizations.
 */
function visibleFacts(memberOf: string[]): Prisma.Sql {
  const restricted = memberOf.length ? Prisma.sql` OR f."ownerOrgId" IN (${Prisma.join(memberOf)})` : Prisma.empty;
  return Prisma.sql`f."status" = 'confirmed' AND f."deletedAt" IS NULL AND (f."sensitivity" = 'public'${restricted})`;
}

/** One row per observation (metric, place, day) with the value CHOICE_RULE draws. */
export function observationsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  if (scope.source === 'rollup') {
    return Prisma.sql`SELECT "metric", "locationId", "date", "low", "high", "qualifier" FROM "ObservationRollup"
      WHERE ${inList(Prisma.sql`"metric"`, metrics)} AND ${dateBetween(Prisma.sql`"date"`, period)} AND ${inList(Prisma.sql`"locationId"`, scope.locationIds)}`;
  }
  return Prisma.sql`SELECT "metric", "locationId", "date", "low", "high", "qualifier" FROM (
      SELECT f."metric", f."locationId", f."date", f."low", f."high", f."qualifier",
        ROW_NUMBER() OVER (PARTITION BY f."metric", f."locationId", f."date"
          ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank"
      FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
      WHERE ${visibleFacts(scope.memberOf)} AND ${inList(Prisma.sql`f."metric"`, metrics)} AND ${dateBetween(Prisma.sql`f."date"`, period)}
        AND ${inList(Prisma.sql`f."locationId"`, scope.locationIds)} AND ${inList(Prisma.sql`f."sourceOrgId"`, scope.orgIds)}
    ) ranked WHERE "rank" = 1`;
}

/** Per metric and day: the drawn values summed across places (flows). */
export function dailyTotalsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  if (scope.source === 'rollup' && scope.locationIds === null) {
    return Prisma.sql`SELECT "metric", "date", "low", "high", "observationCount", "hasEstimate" FROM "MetricDayRollup"
      WHERE ${inList(Prisma.sql`"metric"`, metrics)} AND ${dateBetween(Prisma.sql`"date"`, period)} ORDER BY "date"`;
  }
  return Prisma.sql`SELECT "metric", "date", SUM("low") AS "low", SUM("high") AS "high", COUNT(*) AS "observationCount",
      MAX(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) AS "hasEstimate"
    FROM (${observationsSql(scope, metrics, period)}) obs GROUP BY "metric", "date" ORDER BY "date"`;
}

/** For stocks: each place's latest observation in the period. */
export function latestPerPlaceSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  return Prisma.sql`WITH obs AS (${observationsSql(scope, metrics, period)})
    SELECT o."metric", o."locationId", o."date", o."low", o."high", o."qualifier" FROM obs o
    JOIN (SELECT "metric", "locationId", MAX("date") AS "latest" FROM obs GROUP BY "metric", "locationId") m
      ON m."metric" = o."metric" AND m."locationId" = o."locationId" AND m."latest" = o."date"`;
}

/**
 * Facts per organization and metric over the rollup: whole months from the monthly rows, the
 * days at either edge from the daily rows, so a three-year view reads months, not a million facts.
 */
export function organizationCountsSql(metrics: readonly Metric[] | null, period: Period): Prisma.Sql {
  const { months, days } = splitIntoMonthsAndDays(period);
  const monthRows = months ? Prisma.sql`(length("period") = 7 AND "period" >= ${months.from} AND "period" <= ${months.to})` : NOTHING;
  const dayRows = days.map((range) => Prisma.sql`(length("period") = 10 AND "period" >= ${range.from} AND "period" <= ${range.to})`);
  return Prisma.sql`SELECT "sourceOrgId", "metric", SUM("factCount") AS "factCount" FROM "OrganizationMetricRollup"
    WHERE ${inList(Prisma.sql`"metric"`, metrics)} AND (${Prisma.join([monthRows, ...dayRows], ' OR ')})
    GROUP BY "sourceOrgId", "metric"`;
}
