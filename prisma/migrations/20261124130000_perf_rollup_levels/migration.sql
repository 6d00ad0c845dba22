-- CreateTable
CREATE TABLE "OrganizationObservationRollup" (
    "sourceOrgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "low" REAL NOT NULL,
    "high" REAL NOT NULL,
    "qualifier" TEXT NOT NULL,
    "factCount" INTEGER NOT NULL,
    "chosenFactId" TEXT NOT NULL,
    "chosenPublishedDate" TEXT NOT NULL,
    "chosenConfirmedAt" DATETIME,

    PRIMARY KEY ("sourceOrgId", "metric", "date", "locationId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ObservationRollup" (
    "metric" TEXT NOT NULL,
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
    "chosenPublishedDate" TEXT NOT NULL DEFAULT '',
    "chosenConfirmedAt" DATETIME,

    PRIMARY KEY ("metric", "locationId", "date")
);
INSERT INTO "new_ObservationRollup" ("chosenFactId", "chosenSourceOrgId", "date", "factCount", "high", "isConflict", "locationId", "low", "metric", "qualifier", "spreadHigh", "spreadLow") SELECT "chosenFactId", "chosenSourceOrgId", "date", "factCount", "high", "isConflict", "locationId", "low", "metric", "qualifier", "spreadHigh", "spreadLow" FROM "ObservationRollup";
DROP TABLE "ObservationRollup";
ALTER TABLE "new_ObservationRollup" RENAME TO "ObservationRollup";
CREATE INDEX "ObservationRollup_metric_date_low_high_idx" ON "ObservationRollup"("metric", "date", "low", "high");
CREATE INDEX "ObservationRollup_locationId_metric_date_idx" ON "ObservationRollup"("locationId", "metric", "date");
CREATE TABLE "new_MetricDayRollup" (
    "metric" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "low" REAL NOT NULL,
    "high" REAL NOT NULL,
    "observationCount" INTEGER NOT NULL,
    "hasEstimate" BOOLEAN NOT NULL,
    "estimateCount" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("metric", "date")
);
INSERT INTO "new_MetricDayRollup" ("date", "hasEstimate", "high", "low", "metric", "observationCount") SELECT "date", "hasEstimate", "high", "low", "metric", "observationCount" FROM "MetricDayRollup";
DROP TABLE "MetricDayRollup";
ALTER TABLE "new_MetricDayRollup" RENAME TO "MetricDayRollup";
CREATE INDEX "MetricDayRollup_date_idx" ON "MetricDayRollup"("date");
CREATE TABLE "new_OrganizationMetricRollup" (
    "sourceOrgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "factCount" INTEGER NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'day',

    PRIMARY KEY ("level", "sourceOrgId", "metric", "period")
);
INSERT INTO "new_OrganizationMetricRollup" ("factCount", "metric", "period", "sourceOrgId") SELECT "factCount", "metric", "period", "sourceOrgId" FROM "OrganizationMetricRollup";
DROP TABLE "OrganizationMetricRollup";
ALTER TABLE "new_OrganizationMetricRollup" RENAME TO "OrganizationMetricRollup";
CREATE INDEX "OrganizationMetricRollup_level_period_metric_sourceOrgId_factCount_idx" ON "OrganizationMetricRollup"("level", "period", "metric", "sourceOrgId", "factCount");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OrganizationObservationRollup_locationId_metric_date_sourceOrgId_factCount_idx" ON "OrganizationObservationRollup"("locationId", "metric", "date", "sourceOrgId", "factCount");


-- Backfill: rebuild every dashboard rollup (same statements as lib/dashboard/rollup-rebuild.ts),
-- which also fills the new columns and drops rows for public facts quoted from restricted reports.
DELETE FROM "ObservationRollup";

DELETE FROM "OrganizationObservationRollup";

DELETE FROM "MetricDayRollup";

DELETE FROM "OrganizationMetricRollup";

INSERT INTO "ObservationRollup" ("metric", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh", "isConflict", "factCount", "chosenFactId", "chosenSourceOrgId", "chosenPublishedDate", "chosenConfirmedAt")
  SELECT "metric", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh",
  CASE WHEN "minHigh" < "low" OR "maxLow" > "high" THEN true ELSE false END, "factCount", "id", "sourceOrgId", "publishedDate", "reviewedAt"
  FROM (SELECT f."sourceOrgId", f."metric", f."locationId", f."date", f."low", f."high", f."qualifier", f."id",
  COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt",
  ROW_NUMBER() OVER (PARTITION BY f."metric", f."locationId", f."date" ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank",
  MIN(f."low") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "spreadLow",
  MAX(f."high") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "spreadHigh",
  MIN(f."high") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "minHigh",
  MAX(f."low") OVER (PARTITION BY f."metric", f."locationId", f."date") AS "maxLow",
  COUNT(*) OVER (PARTITION BY f."metric", f."locationId", f."date") AS "factCount"
  FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
  WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public' AND (r."id" IS NULL OR r."sensitivity" = 'public')) ranked
  WHERE "rank" = 1;

INSERT INTO "OrganizationObservationRollup" ("sourceOrgId", "metric", "date", "locationId", "low", "high", "qualifier", "factCount", "chosenFactId", "chosenPublishedDate", "chosenConfirmedAt")
  SELECT "sourceOrgId", "metric", "date", "locationId", "low", "high", "qualifier", "factCount", "id", "publishedDate", "reviewedAt"
  FROM (SELECT f."sourceOrgId", f."metric", f."locationId", f."date", f."low", f."high", f."qualifier", f."id",
  COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt",
  ROW_NUMBER() OVER (PARTITION BY f."sourceOrgId", f."metric", f."locationId", f."date" ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC) AS "rank",
  MIN(f."low") OVER (PARTITION BY f."sourceOrgId", f."metric", f."locationId", f."date") AS "spreadLow",
  MAX(f."high") OVER (PARTITION BY f."sourceOrgId", f."metric", f."locationId", f."date") AS "spreadHigh",
  MIN(f."high") OVER (PARTITION BY f."sourceOrgId", f."metric", f."locationId", f."date") AS "minHigh",
  MAX(f."low") OVER (PARTITION BY f."sourceOrgId", f."metric", f."locationId", f."date") AS "maxLow",
  COUNT(*) OVER (PARTITION BY f."sourceOrgId", f."metric", f."locationId", f."date") AS "factCount"
  FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
  WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public' AND (r."id" IS NULL OR r."sensitivity" = 'public')) ranked
  WHERE "rank" = 1;

INSERT INTO "MetricDayRollup" ("metric", "date", "low", "high", "observationCount", "hasEstimate", "estimateCount")
  SELECT "metric", "date", SUM("low"), SUM("high"), COUNT(*), SUM(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) > 0, SUM(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END)
  FROM "ObservationRollup" GROUP BY "metric", "date";

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

