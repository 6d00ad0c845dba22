-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Location" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "countryIso3" TEXT,
    "pcode" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "kind" TEXT,
    "parentId" TEXT,
    "geoSource" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Location_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Location" ("countryIso3", "createdAt", "id", "latitude", "longitude", "name", "pcode", "slug") SELECT "countryIso3", "createdAt", "id", "latitude", "longitude", "name", "pcode", "slug" FROM "Location";
DROP TABLE "Location";
ALTER TABLE "new_Location" RENAME TO "Location";
CREATE UNIQUE INDEX "Location_name_key" ON "Location"("name");
CREATE UNIQUE INDEX "Location_slug_key" ON "Location"("slug");
CREATE INDEX "Location_parentId_idx" ON "Location"("parentId");
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisherId" TEXT NOT NULL,
    "publishedDate" TEXT NOT NULL,
    "url" TEXT,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "sensitivity" TEXT NOT NULL DEFAULT 'public',
    "ownerOrgId" TEXT,
    "createdById" TEXT,
    "previousVersionId" TEXT,
    "reprintOfId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Report_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_reprintOfId_fkey" FOREIGN KEY ("reprintOfId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("createdAt", "createdById", "id", "ownerOrgId", "publishedDate", "publisherId", "sensitivity", "text", "textHash", "title", "updatedAt", "url") SELECT "createdAt", "createdById", "id", "ownerOrgId", "publishedDate", "publisherId", "sensitivity", "text", "textHash", "title", "updatedAt", "url" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE INDEX "Report_textHash_idx" ON "Report"("textHash");
CREATE INDEX "Report_url_idx" ON "Report"("url");
CREATE INDEX "Report_publishedDate_idx" ON "Report"("publishedDate");
CREATE INDEX "Report_publisherId_publishedDate_idx" ON "Report"("publisherId", "publishedDate");
CREATE INDEX "Report_ownerOrgId_idx" ON "Report"("ownerOrgId");
CREATE INDEX "Report_previousVersionId_idx" ON "Report"("previousVersionId");
CREATE INDEX "Report_reprintOfId_idx" ON "Report"("reprintOfId");
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "metric" TEXT NOT NULL,
    "low" REAL NOT NULL,
    "high" REAL NOT NULL,
    "qualifier" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "locationText" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "measure" TEXT NOT NULL DEFAULT 'flow',
    "periodStart" TEXT,
    "originId" TEXT,
    "destinationId" TEXT,
    "confidence" REAL,
    "rejectReason" TEXT,
    "sourceOrgId" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "excerptIsSummary" BOOLEAN NOT NULL DEFAULT false,
    "excerptStart" INTEGER,
    "excerptEnd" INTEGER,
    "cue" TEXT,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'candidate',
    "sensitivity" TEXT NOT NULL DEFAULT 'public',
    "reportId" TEXT,
    "ownerOrgId" TEXT,
    "enteredById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Fact_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Fact_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Fact_sourceOrgId_fkey" FOREIGN KEY ("sourceOrgId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Fact_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Fact_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Fact_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Fact_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("createdAt", "cue", "date", "datePrecision", "deletedAt", "deletedById", "enteredById", "excerpt", "excerptEnd", "excerptIsSummary", "excerptStart", "high", "id", "idempotencyKey", "locationId", "locationText", "low", "metric", "ownerOrgId", "qualifier", "reportId", "reviewedAt", "reviewedById", "sensitivity", "sourceOrgId", "sourceTitle", "sourceUrl", "status", "unit", "updatedAt", "version") SELECT "createdAt", "cue", "date", "datePrecision", "deletedAt", "deletedById", "enteredById", "excerpt", "excerptEnd", "excerptIsSummary", "excerptStart", "high", "id", "idempotencyKey", "locationId", "locationText", "low", "metric", "ownerOrgId", "qualifier", "reportId", "reviewedAt", "reviewedById", "sensitivity", "sourceOrgId", "sourceTitle", "sourceUrl", "status", "unit", "updatedAt", "version" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE UNIQUE INDEX "Fact_idempotencyKey_key" ON "Fact"("idempotencyKey");
CREATE INDEX "Fact_status_metric_date_idx" ON "Fact"("status", "metric", "date");
CREATE INDEX "Fact_sourceOrgId_date_idx" ON "Fact"("sourceOrgId", "date");
CREATE INDEX "Fact_locationId_date_idx" ON "Fact"("locationId", "date");
CREATE INDEX "Fact_metric_date_idx" ON "Fact"("metric", "date");
CREATE INDEX "Fact_status_idx" ON "Fact"("status");
CREATE INDEX "Fact_reportId_idx" ON "Fact"("reportId");
CREATE INDEX "Fact_ownerOrgId_sensitivity_idx" ON "Fact"("ownerOrgId", "sensitivity");
CREATE INDEX "Fact_originId_idx" ON "Fact"("originId");
CREATE INDEX "Fact_destinationId_idx" ON "Fact"("destinationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Existing facts take their metric's default measure (../shared/docs/facts.md, "Measure and period").
UPDATE "Fact" SET "measure" = 'stock' WHERE "metric" IN ('camp_population', 'people_trapped', 'people_in_need');
