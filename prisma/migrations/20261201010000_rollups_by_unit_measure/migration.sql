-- Rollups keyed by unit and measure (lib/facts/counting.ts); MetricDayRollup is gone: flows are
-- counted per place (units, nesting, derived flows), which a per-day sum cannot do.
-- DropIndex
DROP INDEX "MetricDayRollup_date_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "MetricDayRollup";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ObservationRollup" (
    "metric" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "low" REAL NOT NULL,
    "high" REAL NOT NULL,
    "qualifier" TEXT NOT NULL,
    "spreadLow" REAL NOT NULL,
    "spreadHigh" REAL NOT NULL,
    "isConflict" BOOLEAN NOT NULL,
    "factCount" INTEGER NOT NULL,
    "chosenFactId" TEXT NOT NULL,
    "chosenSourceOrgId" TEXT NOT NULL,
    "periodStart" TEXT,
    "chosenPublishedDate" TEXT NOT NULL DEFAULT '',
    "chosenConfirmedAt" DATETIME,

    PRIMARY KEY ("metric", "unit", "measure", "locationId", "date")
);
DROP TABLE "ObservationRollup";
ALTER TABLE "new_ObservationRollup" RENAME TO "ObservationRollup";
CREATE INDEX "ObservationRollup_metric_date_idx" ON "ObservationRollup"("metric", "date");
CREATE INDEX "ObservationRollup_locationId_metric_date_idx" ON "ObservationRollup"("locationId", "metric", "date");
CREATE TABLE "new_OrganizationObservationRollup" (
    "sourceOrgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "low" REAL NOT NULL,
    "high" REAL NOT NULL,
    "qualifier" TEXT NOT NULL,
    "factCount" INTEGER NOT NULL,
    "chosenFactId" TEXT NOT NULL,
    "chosenPublishedDate" TEXT NOT NULL,
    "chosenConfirmedAt" DATETIME,
    "periodStart" TEXT,

    PRIMARY KEY ("sourceOrgId", "metric", "unit", "measure", "date", "locationId")
);
DROP TABLE "OrganizationObservationRollup";
ALTER TABLE "new_OrganizationObservationRollup" RENAME TO "OrganizationObservationRollup";
CREATE INDEX "OrganizationObservationRollup_metric_measure_date_idx" ON "OrganizationObservationRollup"("metric", "measure", "date");
CREATE INDEX "OrganizationObservationRollup_locationId_metric_date_sourceOrgId_factCount_idx" ON "OrganizationObservationRollup"("locationId", "metric", "date", "sourceOrgId", "factCount");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill: lib/dashboard/rollup-rebuild.ts REBUILD_DASHBOARD_ROLLUPS_SQL.
DELETE FROM "ObservationRollup";

DELETE FROM "OrganizationObservationRollup";

DELETE FROM "OrganizationMetricRollup";

INSERT INTO "ObservationRollup" ("metric", "unit", "measure", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh", "isConflict", "factCount", "chosenFactId", "chosenSourceOrgId", "periodStart", "chosenPublishedDate", "chosenConfirmedAt")
     SELECT "metric", "unit", "measure", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh",
            CASE WHEN "minHigh" < "low" OR "maxLow" > "high" THEN true ELSE false END, "factCount", "id", "sourceOrgId", "periodStart", "publishedDate", "reviewedAt"
     FROM (SELECT f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date", f."low", f."high", f."qualifier", f."id", f."periodStart",
            COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt",
            ROW_NUMBER() OVER (PARTITION BY f."metric", f."unit", f."measure", f."locationId", f."date" ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank",
            MIN(f."low") OVER (PARTITION BY f."metric", f."unit", f."measure", f."locationId", f."date") AS "spreadLow",
            MAX(f."high") OVER (PARTITION BY f."metric", f."unit", f."measure", f."locationId", f."date") AS "spreadHigh",
            MIN(f."high") OVER (PARTITION BY f."metric", f."unit", f."measure", f."locationId", f."date") AS "minHigh",
            MAX(f."low") OVER (PARTITION BY f."metric", f."unit", f."measure", f."locationId", f."date") AS "maxLow",
            COUNT(*) OVER (PARTITION BY f."metric", f."unit", f."measure", f."locationId", f."date") AS "factCount"
     FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId" WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND (f."sensitivity" = 'public') AND (r."id" IS NULL OR r."sensitivity" = 'public')) ranked
     WHERE "rank" = 1;

INSERT INTO "OrganizationObservationRollup" ("sourceOrgId", "metric", "unit", "measure", "date", "locationId", "low", "high", "qualifier", "factCount", "chosenFactId", "chosenPublishedDate", "chosenConfirmedAt", "periodStart")
     SELECT "sourceOrgId", "metric", "unit", "measure", "date", "locationId", "low", "high", "qualifier", "factCount", "id", "publishedDate", "reviewedAt", "periodStart"
     FROM (SELECT f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date", f."low", f."high", f."qualifier", f."id", f."periodStart",
            COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt",
            ROW_NUMBER() OVER (PARTITION BY f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date" ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank",
            MIN(f."low") OVER (PARTITION BY f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date") AS "spreadLow",
            MAX(f."high") OVER (PARTITION BY f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date") AS "spreadHigh",
            MIN(f."high") OVER (PARTITION BY f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date") AS "minHigh",
            MAX(f."low") OVER (PARTITION BY f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date") AS "maxLow",
            COUNT(*) OVER (PARTITION BY f."sourceOrgId", f."metric", f."unit", f."measure", f."locationId", f."date") AS "factCount"
     FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId" WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND (f."sensitivity" = 'public') AND (r."id" IS NULL OR r."sensitivity" = 'public')) ranked
     WHERE "rank" = 1;

INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
     SELECT "sourceOrgId", "metric", "date", SUM("factCount"), 'day' FROM "OrganizationObservationRollup" GROUP BY "sourceOrgId", "metric", "date";

INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
   SELECT "sourceOrgId", "metric", substr("period", 1, 8) || 'D' || CASE WHEN substr("period", 9, 2) <= '10' THEN '1' WHEN substr("period", 9, 2) <= '20' THEN '2' ELSE '3' END, SUM("factCount"), 'dekad' FROM "OrganizationMetricRollup" WHERE "level" = 'day'
   GROUP BY "sourceOrgId", "metric", substr("period", 1, 8) || 'D' || CASE WHEN substr("period", 9, 2) <= '10' THEN '1' WHEN substr("period", 9, 2) <= '20' THEN '2' ELSE '3' END;

INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
   SELECT "sourceOrgId", "metric", substr("period", 1, 7), SUM("factCount"), 'month' FROM "OrganizationMetricRollup" WHERE "level" = 'dekad'
   GROUP BY "sourceOrgId", "metric", substr("period", 1, 7);

INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
   SELECT "sourceOrgId", "metric", substr("period", 1, 5) || 'Q' || CASE WHEN substr("period", 6, 2) <= '03' THEN '1' WHEN substr("period", 6, 2) <= '06' THEN '2' WHEN substr("period", 6, 2) <= '09' THEN '3' ELSE '4' END, SUM("factCount"), 'quarter' FROM "OrganizationMetricRollup" WHERE "level" = 'month'
   GROUP BY "sourceOrgId", "metric", substr("period", 1, 5) || 'Q' || CASE WHEN substr("period", 6, 2) <= '03' THEN '1' WHEN substr("period", 6, 2) <= '06' THEN '2' WHEN substr("period", 6, 2) <= '09' THEN '3' ELSE '4' END;

INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount", "level")
   SELECT "sourceOrgId", "metric", substr("period", 1, 4), SUM("factCount"), 'year' FROM "OrganizationMetricRollup" WHERE "level" = 'quarter'
   GROUP BY "sourceOrgId", "metric", substr("period", 1, 4);
