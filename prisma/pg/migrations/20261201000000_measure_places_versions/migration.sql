-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "geoSource" TEXT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "parentId" TEXT;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "previousVersionId" TEXT,
ADD COLUMN     "reprintOfId" TEXT;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "confidence" DOUBLE PRECISION,
ADD COLUMN     "destinationId" TEXT,
ADD COLUMN     "measure" TEXT NOT NULL DEFAULT 'flow',
ADD COLUMN     "originId" TEXT,
ADD COLUMN     "periodStart" TEXT,
ADD COLUMN     "rejectReason" TEXT;

-- CreateIndex
CREATE INDEX "Location_parentId_idx" ON "Location"("parentId");

-- CreateIndex
CREATE INDEX "Report_previousVersionId_idx" ON "Report"("previousVersionId");

-- CreateIndex
CREATE INDEX "Report_reprintOfId_idx" ON "Report"("reprintOfId");

-- CreateIndex
CREATE INDEX "Fact_originId_idx" ON "Fact"("originId");

-- CreateIndex
CREATE INDEX "Fact_destinationId_idx" ON "Fact"("destinationId");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reprintOfId_fkey" FOREIGN KEY ("reprintOfId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Existing facts take their metric's default measure (../shared/docs/facts.md, "Measure and period").
UPDATE "Fact" SET "measure" = 'stock' WHERE "metric" IN ('camp_population', 'people_trapped', 'people_in_need');
