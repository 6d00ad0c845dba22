import type { Db } from '@/lib/database';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Rebuilds the dashboard rollups from Fact in three set-based statements each (portable SQL:
 * window functions and substr(), which SQLite and PostgreSQL share). The migration that created
 * the tables runs the same statements once; lib/dashboard/rollup.ts keeps them current per fact.
 * The ORDER BY in the window is CHOICE_RULE: latest published source, then latest confirmed.
 */
const VISIBLE = `f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public'`;

/** Days the rebuild covers (inclusive ISO days); null rebuilds everything. */
export type RollupWindow = { from: string; to: string } | null;

/**
 * The rebuild, limited to a window of days. Every rollup row belongs to one day (or, for the
 * monthly organization counts, one month), so a window rebuild leaves the rest untouched; the
 * window is widened to whole months for the monthly counts.
 */
function rebuildStatements(window: RollupWindow): Prisma.Sql[] {
  const day = (column: string) => (window ? Prisma.sql` AND ${Prisma.raw(column)} BETWEEN ${window.from} AND ${window.to}` : Prisma.empty);
  const monthFrom = window ? window.from.slice(0, 7) : '';
  const monthTo = window ? window.to.slice(0, 7) : '';
  const month = (expression: string) => (window ? Prisma.sql` AND ${Prisma.raw(expression)} BETWEEN ${monthFrom} AND ${monthTo}` : Prisma.empty);
  return [
    Prisma.sql`DELETE FROM "ObservationRollup" WHERE 1 = 1${day('"date"')}`,
    Prisma.sql`DELETE FROM "MetricDayRollup" WHERE 1 = 1${day('"date"')}`,
    Prisma.sql`DELETE FROM "OrganizationMetricRollup" WHERE 1 = 1${month('substr("period", 1, 7)')}`,
    Prisma.sql`INSERT INTO "ObservationRollup" ("metric", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh", "isConflict", "factCount", "chosenFactId", "chosenSourceOrgId")
   SELECT "metric", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh",
          CASE WHEN "minHigh" < "low" OR "maxLow" > "high" THEN true ELSE false END, "factCount", "id", "sourceOrgId"
   FROM (
     SELECT f."metric", f."locationId", f."date", f."low", f."high", f."qualifier", f."id", f."sourceOrgId",
            ROW_NUMBER() OVER (PARTITION BY f."metric", f."locationId", f."date"
              ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank",
            MIN(f."low") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "spreadLow",
            MAX(f."high") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "spreadHigh",
            MIN(f."high") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "minHigh",
            MAX(f."low") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "maxLow",
            COUNT(*) OVER (PARTITION BY f."metric", f."locationId", f."date") AS "factCount"
     FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
     WHERE ${Prisma.raw(VISIBLE)}${day('f."date"')}
   ) ranked
   WHERE "rank" = 1`,
    Prisma.sql`INSERT INTO "MetricDayRollup" ("metric", "date", "low", "high", "observationCount", "hasEstimate")
   SELECT "metric", "date", SUM("low"), SUM("high"), COUNT(*), MAX(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) = 1
   FROM "ObservationRollup" WHERE 1 = 1${day('"date"')} GROUP BY "metric", "date"`,
    Prisma.sql`INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount")
   SELECT f."sourceOrgId", f."metric", f."date", COUNT(*) FROM "Fact" f WHERE ${Prisma.raw(VISIBLE)}${month('substr(f."date", 1, 7)')} GROUP BY f."sourceOrgId", f."metric", f."date"
   UNION ALL
   SELECT f."sourceOrgId", f."metric", substr(f."date", 1, 7), COUNT(*) FROM "Fact" f WHERE ${Prisma.raw(VISIBLE)}${month('substr(f."date", 1, 7)')} GROUP BY f."sourceOrgId", f."metric", substr(f."date", 1, 7)`,
  ];
}

/** For backfills, bulk imports and the benchmark: rebuilds the rollups of a window of days (all by default). */
export async function rebuildDashboardRollups(db: Db, window: RollupWindow = null): Promise<void> {
  for (const statement of rebuildStatements(window)) await db.$executeRaw(statement);
}
