import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { splitIntoCalendarRanges } from '@/lib/dashboard/period-split';
import type { Period } from '@/lib/dashboard/period';
import type { CountingScope } from '@/lib/dashboard/scope';
import { CHOICE_ORDER_ROLLUP_SQL, visibleFactsSql } from '@/lib/facts/visibility';
import type { Metric } from '@/lib/facts/vocabulary';

/**
 * The dashboard's reads over the rollup tables (public, confirmed, not deleted facts, one row per
 * observation with its drawn fact). Portable SQL: quoted identifiers, window functions, no
 * SQLite- or PostgreSQL-only function. Counting itself happens in lib/facts/counting.ts.
 */
export const NOTHING = Prisma.sql`1 = 0`;

export function inList(column: Prisma.Sql, values: readonly string[] | null): Prisma.Sql {
  if (values === null) return Prisma.sql`1 = 1`;
  if (values.length === 0) return NOTHING;
  return Prisma.sql`${column} IN (${Prisma.join(values)})`;
}

export function dateBetween(column: Prisma.Sql, period: Period): Prisma.Sql {
  return Prisma.sql`${column} >= ${period.from} AND ${column} <= ${period.to}`;
}

const DRAWN = `"metric", "unit", "measure", "locationId", "date", "periodStart", "low", "high", "qualifier", "chosenFactId", "chosenPublishedDate", "chosenConfirmedAt"`;

/**
 * Flows and stocks of a period, one row per observation. With organizations selected, each
 * states its own observation (OrganizationObservationRollup); several are merged per observation
 * by the choice rule, exactly as counting their facts together would.
 */
export function observationRowsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  const where = Prisma.sql`${inList(Prisma.sql`"metric"`, metrics)} AND "measure" <> 'cumulative' AND ${dateBetween(Prisma.sql`"date"`, period)}
    AND ${inList(Prisma.sql`"locationId"`, scope.locationIds)}`;
  if (scope.orgIds === null)
    return Prisma.sql`SELECT ${Prisma.raw(DRAWN)}, "chosenSourceOrgId" AS "sourceOrgId" FROM "ObservationRollup" WHERE ${where}`;
  const stated = Prisma.sql`${inList(Prisma.sql`"sourceOrgId"`, scope.orgIds)} AND ${where}`;
  const columns = Prisma.raw(`${DRAWN}, "sourceOrgId"`);
  if (scope.orgIds.length <= 1) return Prisma.sql`SELECT ${columns} FROM "OrganizationObservationRollup" WHERE ${stated}`;
  return Prisma.sql`SELECT ${columns} FROM (
      SELECT ${columns}, ROW_NUMBER() OVER (PARTITION BY "metric", "unit", "measure", "locationId", "date" ${Prisma.raw(CHOICE_ORDER_ROLLUP_SQL)}) AS "rank"
      FROM "OrganizationObservationRollup" WHERE ${stated}
    ) ranked WHERE "rank" = 1`;
}

/** Running totals of a period, one row per source, place and day: each source's totals are a series. */
export function runningTotalRowsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(`${DRAWN}, "sourceOrgId"`)} FROM "OrganizationObservationRollup"
    WHERE ${inList(Prisma.sql`"metric"`, metrics)} AND "measure" = 'cumulative' AND ${dateBetween(Prisma.sql`"date"`, period)}
      AND ${inList(Prisma.sql`"locationId"`, scope.locationIds)} AND ${inList(Prisma.sql`"sourceOrgId"`, scope.orgIds)}`;
}

/**
 * The reader's restricted facts (owned by their organizations, or quoting their restricted
 * reports) in a period: read through the owner indexes, never by a scan, and merged over the
 * public rollup rows by the choice rule (lib/dashboard/overlay.ts).
 */
export function overlayFactsSql(
  scope: Pick<CountingScope, 'memberOf' | 'metrics' | 'locationIds' | 'orgIds'>,
  period: Period,
  columns: Prisma.Sql,
): Prisma.Sql {
  const memberOf = Prisma.join(scope.memberOf);
  return Prisma.sql`SELECT ${columns}
    FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
    WHERE f."id" IN (
        SELECT o."id" FROM "Fact" o WHERE o."ownerOrgId" IN (${memberOf}) AND o."sensitivity" = 'restricted'
        UNION
        SELECT q."id" FROM "Report" rr JOIN "Fact" q ON q."reportId" = rr."id" WHERE rr."ownerOrgId" IN (${memberOf}) AND rr."sensitivity" = 'restricted'
      )
      AND ${Prisma.raw(visibleFactsSql(scope.memberOf))}
      AND (f."sensitivity" <> 'public' OR (r."id" IS NOT NULL AND r."sensitivity" <> 'public'))
      AND ${inList(Prisma.sql`f."metric"`, scope.metrics)} AND ${dateBetween(Prisma.sql`f."date"`, period)}
      AND ${inList(Prisma.sql`f."locationId"`, scope.locationIds)} AND ${inList(Prisma.sql`f."sourceOrgId"`, scope.orgIds)}`;
}

export const FACT_COLUMNS = Prisma.sql`f."id", f."metric", f."unit", f."measure", f."locationId", f."date", f."periodStart", f."low", f."high", f."qualifier",
  f."sourceOrgId", COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt"`;

/**
 * Facts per organization and metric. Without places: whole years, quarters, months, dekads and
 * the edge days of OrganizationMetricRollup (one index range per branch). With places: the
 * per-organization observations of those places.
 */
export function organizationCountsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  const filter = Prisma.sql`${inList(Prisma.sql`"metric"`, metrics)} AND ${inList(Prisma.sql`"sourceOrgId"`, scope.orgIds)}`;
  if (scope.locationIds !== null) {
    return Prisma.sql`SELECT "sourceOrgId", "metric", SUM("factCount") AS "factCount" FROM "OrganizationObservationRollup"
      WHERE ${filter} AND ${inList(Prisma.sql`"locationId"`, scope.locationIds)} AND ${dateBetween(Prisma.sql`"date"`, period)}
      GROUP BY "sourceOrgId", "metric"`;
  }
  const branches = splitIntoCalendarRanges(period).map(
    (range) => Prisma.sql`SELECT "sourceOrgId", "metric", "factCount" FROM "OrganizationMetricRollup"
      WHERE "level" = ${range.level} AND ${dateBetween(Prisma.sql`"period"`, range)} AND ${filter}`,
  );
  return Prisma.sql`SELECT "sourceOrgId", "metric", SUM("factCount") AS "factCount" FROM (${Prisma.join(branches, ' UNION ALL ')}) counted
    GROUP BY "sourceOrgId", "metric"`;
}

/** The latest day with figures for the scope's filters (no dates): the end of the default period. */
export function latestDaySql(scope: CountingScope): Prisma.Sql {
  const metric = inList(Prisma.sql`"metric"`, scope.metrics);
  if (scope.locationIds === null && scope.orgIds !== null) {
    return Prisma.sql`SELECT MAX("period") AS "latest" FROM "OrganizationMetricRollup" WHERE "level" = 'day' AND ${metric} AND ${inList(Prisma.sql`"sourceOrgId"`, scope.orgIds)}`;
  }
  const table = scope.orgIds === null ? Prisma.sql`"ObservationRollup"` : Prisma.sql`"OrganizationObservationRollup"`;
  const orgs = scope.orgIds === null ? Prisma.sql`1 = 1` : inList(Prisma.sql`"sourceOrgId"`, scope.orgIds);
  return Prisma.sql`SELECT MAX("date") AS "latest" FROM ${table} WHERE ${metric} AND ${orgs} AND ${inList(Prisma.sql`"locationId"`, scope.locationIds)}`;
}
