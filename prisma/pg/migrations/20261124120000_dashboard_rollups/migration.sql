-- CreateTable
CREATE TABLE "ObservationRollup" (
    "metric" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "low" DOUBLE PRECISION NOT NULL,
    "high" DOUBLE PRECISION NOT NULL,
    "qualifier" TEXT NOT NULL,
    "spreadLow" DOUBLE PRECISION NOT NULL,
    "spreadHigh" DOUBLE PRECISION NOT NULL,
    "isConflict" BOOLEAN NOT NULL,
    "factCount" INTEGER NOT NULL,
    "chosenFactId" TEXT NOT NULL,
    "chosenSourceOrgId" TEXT NOT NULL,

    CONSTRAINT "ObservationRollup_pkey" PRIMARY KEY ("metric","locationId","date")
);

-- CreateTable
CREATE TABLE "MetricDayRollup" (
    "metric" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "low" DOUBLE PRECISION NOT NULL,
    "high" DOUBLE PRECISION NOT NULL,
    "observationCount" INTEGER NOT NULL,
    "hasEstimate" BOOLEAN NOT NULL,

    CONSTRAINT "MetricDayRollup_pkey" PRIMARY KEY ("metric","date")
);

-- CreateTable
CREATE TABLE "OrganizationMetricRollup" (
    "sourceOrgId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "factCount" INTEGER NOT NULL,

    CONSTRAINT "OrganizationMetricRollup_pkey" PRIMARY KEY ("sourceOrgId","metric","period")
);

-- CreateIndex
CREATE INDEX "ObservationRollup_metric_date_low_high_idx" ON "ObservationRollup"("metric", "date", "low", "high");

-- CreateIndex
CREATE INDEX "ObservationRollup_locationId_metric_date_idx" ON "ObservationRollup"("locationId", "metric", "date");

-- CreateIndex
CREATE INDEX "MetricDayRollup_date_idx" ON "MetricDayRollup"("date");

-- CreateIndex
CREATE INDEX "OrganizationMetricRollup_period_metric_sourceOrgId_factCoun_idx" ON "OrganizationMetricRollup"("period", "metric", "sourceOrgId", "factCount");

-- CreateIndex
CREATE INDEX "Fact_ownerOrgId_sensitivity_idx" ON "Fact"("ownerOrgId", "sensitivity");

