import type { Db } from '@/lib/database';

/**
 * Rebuilds the dashboard rollups from Fact in three set-based statements each (portable SQL:
 * window functions and substr(), which SQLite and PostgreSQL share). The migration that created
 * the tables runs the same statements once; lib/dashboard/rollup.ts keeps them current per fact.
 * The ORDER BY in the window is CHOICE_RULE: latest published source, then latest confirmed.
 */
const VISIBLE = `f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public'`;

export const REBUILD_DASHBOARD_ROLLUPS_SQL: readonly string[] = [
  `DELETE FROM "ObservationRollup"`,
  `DELETE FROM "MetricDayRollup"`,
  `DELETE FROM "OrganizationMetricRollup"`,
  `INSERT INTO "ObservationRollup" ("metric", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh", "isConflict", "factCount", "chosenFactId", "chosenSourceOrgId")
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
     WHERE ${VISIBLE}
   ) ranked
   WHERE "rank" = 1`,
  `INSERT INTO "MetricDayRollup" ("metric", "date", "low", "high", "observationCount", "hasEstimate")
   SELECT "metric", "date", SUM("low"), SUM("high"), COUNT(*), MAX(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) = 1
   FROM "ObservationRollup" GROUP BY "metric", "date"`,
  `INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount")
   SELECT f."sourceOrgId", f."metric", f."date", COUNT(*) FROM "Fact" f WHERE ${VISIBLE} GROUP BY f."sourceOrgId", f."metric", f."date"
   UNION ALL
   SELECT f."sourceOrgId", f."metric", substr(f."date", 1, 7), COUNT(*) FROM "Fact" f WHERE ${VISIBLE} GROUP BY f."sourceOrgId", f."metric", substr(f."date", 1, 7)`,
];

/** For backfills and the benchmark: rebuilds every rollup in one transaction. */
export async function rebuildDashboardRollups(db: Db): Promise<void> {
  for (const statement of REBUILD_DASHBOARD_ROLLUPS_SQL) await db.$executeRawUnsafe(statement);
}
