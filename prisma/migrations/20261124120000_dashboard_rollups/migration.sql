-- CreateTable
CREATE TABLE "ObservationRollup" (
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

    PRIMARY KEY ("metric", "locationId", "date")
);

-- CreateTable
CREATE TABLE "MetricDayRollup" (
    "metric" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "low" REAL NOT NULL,
    "high" REAL NOT NULL,
    "observationCount" INTEGER NOT NULL,
    "hasEstimate" BOOLEAN NOT NULL,

    PRIMARY KEY ("metric", "date")
);

-- CreateTable
CREATE TABLE "OrganizationMetricRollup" (
    "sourceOrgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "factCount" INTEGER NOT NULL,

    PRIMARY KEY ("sourceOrgId", "metric", "period")
);

-- CreateIndex
CREATE INDEX "ObservationRollup_metric_date_low_high_idx" ON "ObservationRollup"("metric", "date", "low", "high");

-- CreateIndex
CREATE INDEX "ObservationRollup_locationId_metric_date_idx" ON "ObservationRollup"("locationId", "metric", "date");

-- CreateIndex
CREATE INDEX "MetricDayRollup_date_idx" ON "MetricDayRollup"("date");

-- CreateIndex
CREATE INDEX "OrganizationMetricRollup_period_metric_sourceOrgId_factCount_idx" ON "OrganizationMetricRollup"("period", "metric", "sourceOrgId", "factCount");

-- CreateIndex
CREATE INDEX "Fact_ownerOrgId_sensitivity_idx" ON "Fact"("ownerOrgId", "sensitivity");


-- Backfill (same statements as lib/dashboard/rollup-rebuild.ts)
INSERT INTO "ObservationRollup" ("metric", "locationId", "date", "low", "high", "qualifier", "spreadLow", "spreadHigh", "isConflict", "factCount", "chosenFactId", "chosenSourceOrgId")
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
  WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public'
  ) ranked
  WHERE "rank" = 1;

INSERT INTO "MetricDayRollup" ("metric", "date", "low", "high", "observationCount", "hasEstimate")
  SELECT "metric", "date", SUM("low"), SUM("high"), COUNT(*), MAX(CASE WHEN "qualifier" <> 'exact' THEN 1 ELSE 0 END) = 1
  FROM "ObservationRollup" GROUP BY "metric", "date";

INSERT INTO "OrganizationMetricRollup" ("sourceOrgId", "metric", "period", "factCount")
  SELECT f."sourceOrgId", f."metric", f."date", COUNT(*) FROM "Fact" f WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public' GROUP BY f."sourceOrgId", f."metric", f."date"
  UNION ALL
  SELECT f."sourceOrgId", f."metric", substr(f."date", 1, 7), COUNT(*) FROM "Fact" f WHERE f."status" = 'confirmed' AND f."deletedAt" IS NULL AND f."sensitivity" = 'public' GROUP BY f."sourceOrgId", f."metric", substr(f."date", 1, 7);
