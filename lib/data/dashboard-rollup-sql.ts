import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { FlowGrouping } from '@/lib/dashboard/overlay';
import { splitIntoCalendarRanges } from '@/lib/dashboard/period-split';
import { lengthInDays, type Period } from '@/lib/dashboard/period';
import { dateBetween, inList, type CountingScope } from '@/lib/data/dashboard-sql';
import type { Metric } from '@/lib/facts/vocabulary';

/**
 * The dashboard's reads over the rollup tables (public, confirmed, not deleted facts). Portable
 * SQL: quoted identifiers, CAST, substr, window functions; no SQLite- or PostgreSQL-only function.
 * Costs: flows read one row per metric and day (no place filter); stocks one index seek per
 * (metric, place); organization counts whole years, months and edge days.
 */
/** `keys`: a subquery of (metric, locationId, date) to read only those observations. */
export type ObservationQuery = { metrics: readonly Metric[]; period: Period; locationIds: string[] | null; keys?: Prisma.Sql };

const COLUMNS = Prisma.sql`"metric", "locationId", "date", "low", "high", "qualifier", "chosenFactId", "chosenPublishedDate", "chosenConfirmedAt"`;
// CHOICE_RULE over rollup rows (each row is its drawn fact): as in lib/dashboard/rollup-rebuild.ts.
const CHOICE_ORDER = Prisma.sql`ORDER BY "chosenPublishedDate" DESC, ("chosenConfirmedAt" IS NULL) ASC, "chosenConfirmedAt" DESC, "chosenFactId" DESC`;

/**
 * One row per observation with its drawn fact. With organizations selected, each states its own
 * observation (OrganizationObservationRollup); several are merged per metric, place and day by
 * CHOICE_RULE, exactly as counting their facts together would.
 */
export function observationRowsSql(scope: CountingScope, query: ObservationQuery): Prisma.Sql {
  const where = Prisma.sql`${inList(Prisma.sql`"metric"`, query.metrics)} AND ${dateBetween(Prisma.sql`"date"`, query.period)}
    AND ${inList(Prisma.sql`"locationId"`, query.locationIds)} AND ${keysIn(query.keys)}`;
  if (scope.orgIds === null) return Prisma.sql`SELECT ${COLUMNS} FROM "ObservationRollup" WHERE ${where}`;
  const stated = Prisma.sql`${inList(Prisma.sql`"sourceOrgId"`, scope.orgIds)} AND ${where}`;
  if (scope.orgIds.length <= 1) return Prisma.sql`SELECT ${COLUMNS} FROM "OrganizationObservationRollup" WHERE ${stated}`;
  return Prisma.sql`SELECT ${COLUMNS} FROM (
      SELECT ${COLUMNS}, ROW_NUMBER() OVER (PARTITION BY "metric", "locationId", "date" ${CHOICE_ORDER}) AS "rank"
      FROM "OrganizationObservationRollup" WHERE ${stated}
    ) ranked WHERE "rank" = 1`;
}

function keysIn(keys: ObservationQuery['keys']): Prisma.Sql {
  return keys ? Prisma.sql`("metric", "locationId", "date") IN (${keys})` : Prisma.sql`1 = 1`;
}

/**
 * Flow totals per metric and day, ISO week, month, or whole period; "latestDate" is the latest
 * day in each group (its bucket is computed from it in TypeScript).
 */
export function flowTotalsSql(scope: CountingScope, metrics: readonly Metric[], period: Period, grouping: FlowGrouping): Prisma.Sql {
  const groupBy = grouping === 'metric' ? Prisma.empty : Prisma.sql`, ${bucketSql(grouping)}`;
  if (scope.orgIds === null && scope.locationIds === null) {
    return Prisma.sql`SELECT "metric", MAX("date") AS "latestDate", SUM("low") AS "low", SUM("high") AS "high",
        SUM("observationCount") AS "observationCount", SUM("estimateCount") AS "estimateCount"
      FROM "MetricDayRollup" WHERE ${inList(Prisma.sql`"metric"`, metrics)} AND ${dateBetween(Prisma.sql`"date"`, period)}
      GROUP BY "metric"${groupBy}`;
  }
  // Days first, then buckets: the week number is computed once per day, not once per observation.
  return Prisma.sql`SELECT "metric", MAX("date") AS "latestDate", SUM("low") AS "low", SUM("high") AS "high",
      SUM("observationCount") AS "observationCount", SUM("estimateCount") AS "estimateCount"
    FROM (
      SELECT "metric", "date", SUM("low") AS "low", SUM("high") AS "high", COUNT(*) AS "observationCount",
        SUM(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) AS "estimateCount"
      FROM (${observationRowsSql(scope, { metrics, period, locationIds: scope.locationIds })}) obs
      GROUP BY "metric", "date"
    ) days
    GROUP BY "metric"${groupBy}`;
}

function bucketSql(grouping: 'day' | 'week' | 'month'): Prisma.Sql {
  if (grouping === 'day') return Prisma.sql`"date"`;
  if (grouping === 'month') return Prisma.sql`substr("date", 1, 7)`;
  return isoWeekSql(Prisma.sql`"date"`);
}

const MONDAY = dayNumber('2024-01-01');
const WEEK_SHIFT = (7 - (MONDAY % 7)) % 7;

/**
 * The ISO week of a 'YYYY-MM-DD' column as a number, in integer arithmetic both databases do the
 * same way (no date functions: SQLite and PostgreSQL share none). A day number counted from
 * 0000-03-01, shifted so Mondays divide by 7. `dayNumber` below is the same formula.
 */
export function isoWeekSql(column: Prisma.Sql): Prisma.Sql {
  const month = Prisma.sql`CAST(substr(${column}, 6, 2) AS INTEGER)`;
  const year = Prisma.sql`(CAST(substr(${column}, 1, 4) AS INTEGER) - CASE WHEN ${month} <= 2 THEN 1 ELSE 0 END)`;
  const days = Prisma.sql`(365 * ${year} + ${year} / 4 - ${year} / 100 + ${year} / 400 + ((${month} + 9) % 12 * 306 + 5) / 10 + CAST(substr(${column}, 9, 2) AS INTEGER) - 1)`;
  // Inlined, not bound: a bound number arrives as a float and would turn this into real division.
  return Prisma.sql`((${days} + ${Prisma.raw(String(WEEK_SHIFT))}) / 7)`;
}

export function dayNumber(day: string): number {
  const month = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4)) - (month <= 2 ? 1 : 0);
  return 365 * year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + Math.floor((((month + 9) % 12) * 306 + 5) / 10) + Number(day.slice(8, 10)) - 1;
}

/** Stocks per metric: each place's latest observation in the period, summed across places. */
export function stockTotalsSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  return Prisma.sql`SELECT "metric", MAX("date") AS "latestDate", SUM("low") AS "low", SUM("high") AS "high",
      COUNT(*) AS "observationCount", SUM(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) AS "estimateCount"
    FROM (${latestPerPlaceSql(scope, metrics, period)}) latest GROUP BY "metric"`;
}

/**
 * Stocks: each place's latest observation in the period. Short periods (and organization
 * filters) group the period's observations; longer ones make one index seek (MAX over the
 * primary key) per metric and place, a cost that does not grow with the period. On the
 * benchmark's data grouping wins for a day, seeks for 90 days, a week is a draw.
 */
const SCAN_LATEST_UP_TO_DAYS = 31;

export function latestPerPlaceSql(scope: CountingScope, metrics: readonly Metric[], period: Period): Prisma.Sql {
  if (scope.orgIds !== null || lengthInDays(period) <= SCAN_LATEST_UP_TO_DAYS) {
    return latestOfRowsSql(observationRowsSql(scope, { metrics, period, locationIds: scope.locationIds }));
  }
  if (metrics.length === 0) return Prisma.sql`SELECT "metric", "locationId", "date", "low", "high", "qualifier" FROM "ObservationRollup" WHERE 1 = 0`;
  const metricRows = Prisma.join(metrics.map((metric) => Prisma.sql`SELECT CAST(${metric} AS TEXT) AS "metric"`), ' UNION ALL ');
  return Prisma.sql`SELECT o."metric", o."locationId", o."date", o."low", o."high", o."qualifier"
    FROM (
      SELECT m."metric", l."id" AS "locationId",
        (SELECT MAX(x."date") FROM "ObservationRollup" x
          WHERE x."metric" = m."metric" AND x."locationId" = l."id" AND ${dateBetween(Prisma.sql`x."date"`, period)}) AS "latest"
      FROM (${metricRows}) m CROSS JOIN "Location" l WHERE ${inList(Prisma.sql`l."id"`, scope.locationIds)}
    ) places
    JOIN "ObservationRollup" o ON o."metric" = places."metric" AND o."locationId" = places."locationId" AND o."date" = places."latest"`;
}

/** The `count` places with the largest latest figure per metric (ties: by place id), largest first. */
export function topLatestSql(scope: CountingScope, metrics: readonly Metric[], period: Period, count: number): Prisma.Sql {
  // Inlined: a safe integer we computed, and bound numbers arrive as floats.
  const limit = Prisma.raw(String(Math.max(0, Math.floor(count))));
  return Prisma.sql`SELECT "metric", "locationId", "date", "low", "high", "qualifier" FROM (
      SELECT latest.*, ROW_NUMBER() OVER (PARTITION BY "metric" ORDER BY "high" DESC, "locationId" ASC) AS "rank"
      FROM (${latestPerPlaceSql(scope, metrics, period)}) latest
    ) ranked WHERE "rank" <= ${limit}`;
}

function latestOfRowsSql(observations: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`WITH obs AS (${observations})
    SELECT o."metric", o."locationId", o."date", o."low", o."high", o."qualifier" FROM obs o
    JOIN (SELECT "metric", "locationId", MAX("date") AS "latest" FROM obs GROUP BY "metric", "locationId") m
      ON m."metric" = o."metric" AND m."locationId" = o."locationId" AND m."latest" = o."date"`;
}

/**
 * Facts per organization and metric. Without places: whole years, quarters, months, dekads and
 * the edge days of OrganizationMetricRollup (one index range per branch). With places: the per-organization
 * observations of those places.
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
export function latestDaySql(scope: CountingScope, metrics: readonly Metric[] | null): Prisma.Sql {
  const metric = inList(Prisma.sql`"metric"`, metrics);
  if (scope.locationIds !== null) {
    const table = scope.orgIds === null ? Prisma.sql`"ObservationRollup"` : Prisma.sql`"OrganizationObservationRollup"`;
    const orgs = scope.orgIds === null ? Prisma.sql`1 = 1` : inList(Prisma.sql`"sourceOrgId"`, scope.orgIds);
    return Prisma.sql`SELECT MAX("date") AS "latest" FROM ${table} WHERE ${metric} AND ${orgs} AND ${inList(Prisma.sql`"locationId"`, scope.locationIds)}`;
  }
  if (scope.orgIds !== null) {
    return Prisma.sql`SELECT MAX("period") AS "latest" FROM "OrganizationMetricRollup" WHERE "level" = 'day' AND ${metric} AND ${inList(Prisma.sql`"sourceOrgId"`, scope.orgIds)}`;
  }
  return Prisma.sql`SELECT MAX("date") AS "latest" FROM "MetricDayRollup" WHERE ${metric}`;
}
