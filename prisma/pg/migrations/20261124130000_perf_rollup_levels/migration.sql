-- DropIndex
DROP INDEX "OrganizationMetricRollup_period_metric_sourceOrgId_factCoun_idx";

-- AlterTable
ALTER TABLE "ObservationRollup" ADD COLUMN     "chosenConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "chosenPublishedDate" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "MetricDayRollup" ADD COLUMN     "estimateCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OrganizationMetricRollup" DROP CONSTRAINT "OrganizationMetricRollup_pkey",
ADD COLUMN     "level" TEXT NOT NULL DEFAULT 'day',
ADD CONSTRAINT "OrganizationMetricRollup_pkey" PRIMARY KEY ("level", "sourceOrgId", "metric", "period");

-- CreateTable
CREATE TABLE "OrganizationObservationRollup" (
    "sourceOrgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "low" DOUBLE PRECISION NOT NULL,
    "high" DOUBLE PRECISION NOT NULL,
    "qualifier" TEXT NOT NULL,
    "factCount" INTEGER NOT NULL,
    "chosenFactId" TEXT NOT NULL,
    "chosenPublishedDate" TEXT NOT NULL,
    "chosenConfirmedAt" TIMESTAMP(3),

    CONSTRAINT "OrganizationObservationRollup_pkey" PRIMARY KEY ("sourceOrgId","metric","date","locationId")
);

-- CreateIndex
CREATE INDEX "OrganizationObservationRollup_locationId_metric_date_source_idx" ON "OrganizationObservationRollup"("locationId", "metric", "date", "sourceOrgId", "factCount");

-- CreateIndex
CREATE INDEX "OrganizationMetricRollup_level_period_metric_sourceOrgId_fa_idx" ON "OrganizationMetricRollup"("level", "period", "metric", "sourceOrgId", "factCount");


-- Backfill: the rollups rebuilt from Fact (same statements as lib/dashboard/rollup-rebuild.ts)
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
