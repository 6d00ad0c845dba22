import type { Db } from '@/lib/database';
import { CHOICE_ORDER_SQL, PUBLIC_FACTS_SQL } from '@/lib/facts/visibility';

/**
 * Rebuilds the dashboard rollups from Fact in set-based statements (portable SQL: window
 * functions, CASE, substr(), which SQLite and PostgreSQL share). The latest rollup migration runs
 * the same statements as its backfill; lib/dashboard/write/rollup.ts keeps them current per fact.
 * Visibility and the choice rule come from lib/facts/visibility.ts.
 *
 * Whole calendar years the rebuild covers, or null for everything. Rollup rows of every level
 * (day to year) belong to one year, so rebuilding whole years leaves the others untouched.
 */
export type RollupYears = { from: string; to: string } | null;

function inYears(column: string, years: RollupYears): string {
  if (!years) return '';
  // Interpolated, not bound: the statements are shared with the migrations' backfills. Digits only.
  if (!/^\d{4}$/.test(years.from) || !/^\d{4}$/.test(years.to)) throw new Error('Rollup years must be four digits.');
  return ` AND substr(${column}, 1, 4) BETWEEN '${years.from}' AND '${years.to}'`;
}

/** The same condition for a statement that has no WHERE of its own. */
function whereYears(column: string, years: RollupYears): string {
  return years ? ` WHERE${inYears(column, years).slice(' AND'.length)}` : '';
}

function rankedFacts(partition: string, years: RollupYears): string {
  return `SELECT f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date", f."low", f."high", f."qualifier", f."id", f."periodStart",
            COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt",
            ROW_NUMBER() OVER (PARTITION BY ${partition} ${CHOICE_ORDER_SQL}) AS "rank",
            MIN(f."low") OVER (PARTITION BY ${partition}) AS "spreadLow",
            MAX(f."high") OVER (PARTITION BY ${partition}) AS "spreadHigh",
            MIN(f."high") OVER (PARTITION BY ${partition}) AS "minHigh",
            MAX(f."low") OVER (PARTITION BY ${partition}) AS "maxLow",
            COUNT(*) OVER (PARTITION BY ${partition}) AS "factCount"
     ${PUBLIC_FACTS_SQL}${inYears('f."date"', years)}`;
}

/** An observation: one metric, unit, measure, place and day (lib/facts/counting.ts observationKey). */
const OBSERVATION = `f."metric", f."unit", f."measure", f."locationId", f."date"`;

export const REBUILD_DASHBOARD_ROLLUPS_SQL: readonly string[] = rebuildStatements(null);

function rebuildStatements(years: RollupYears): string[] {
  return [
    `DELETE FROM "ObservationRollup"${whereYears('"date"', years)}`,
    `DELETE FROM "OrganizationObservationRollup"${whereYears('"date"', years)}`,
    `DELETE FROM "OrganizationMetricRollup"${whereYears('"period"', years)}`,
    `INSERT INTO "ObservationRollup" ("metric", "unit", "measure", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh", "isConflict", "factCount", "chosenFactId", "chosenSourceOrgId", "periodStart", "chosenPublishedDate", "chosenConfirmedAt")
     SELECT "metric", "unit", "measure", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh",
            CASE WHEN "minHigh" < "low" OR "maxLow" > "high" THEN true ELSE false END, "factCount", "id", "sourceOrgId", "periodStart", "publishedDate", "reviewedAt"
     FROM (${rankedFacts(OBSERVATION, years)}) ranked
     WHERE "rank" = 1`,
    `INSERT INTO "OrganizationObservationRollup" ("sourceOrgId", "metric", "unit", "measure", "date", "locationId", "low", "high", "qualifier", "factCount", "chosenFactId", "chosenPublishedDate", "chosenConfirmedAt", "periodStart")
     SELECT "sourceOrgId", "metric", "unit", "measure", "date", "locationId", "low", "high", "qualifier", "factCount", "id", "publishedDate", "reviewedAt", "periodStart"
     FROM (${rankedFacts(`f."sourceOrgId", ${OBSERVATION}`, years)}) ranked
     WHERE "rank" = 1`,
    `INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
     SELECT "sourceOrgId", "metric", "date", SUM("factCount"), 'day' FROM "OrganizationObservationRollup"${whereYears('"date"', years)} GROUP BY "sourceOrgId", "metric", "date"`,
    rollUp(
      'dekad',
      'day',
      `substr("period", 1, 8) || 'D' || CASE WHEN substr("period", 9, 2) <= '10' THEN '1' WHEN substr("period", 9, 2) <= '20' THEN '2' ELSE '3' END`,
    ),
    rollUp('month', 'dekad', `substr("period", 1, 7)`),
    rollUp(
      'quarter',
      'month',
      `substr("period", 1, 5) || 'Q' || CASE WHEN substr("period", 6, 2) <= '03' THEN '1' WHEN substr("period", 6, 2) <= '06' THEN '2' WHEN substr("period", 6, 2) <= '09' THEN '3' ELSE '4' END`,
    ),
    rollUp('year', 'quarter', `substr("period", 1, 4)`),
  ].map((statement) => statement.replace('@@YEARS@@', inYears('"period"', years)));
}

/** Organization counts of one calendar level from the level below (keys as lib/dashboard/period-split.ts calendarKey). */
function rollUp(level: string, from: string, key: string): string {
  return `INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
   SELECT "sourceOrgId", "metric", ${key}, SUM("factCount"), '${level}' FROM "OrganizationMetricRollup" WHERE "level" = '${from}'@@YEARS@@
   GROUP BY "sourceOrgId", "metric", ${key}`;
}

/**
 * For backfills, bulk imports and the benchmark: rebuilds the rollups of whole calendar years
 * (every year by default). Call it inside the transaction of the change it follows.
 */
export async function rebuildDashboardRollups(db: Db, years: RollupYears = null): Promise<void> {
  for (const statement of rebuildStatements(years)) await db.$executeRawUnsafe(statement);
}
