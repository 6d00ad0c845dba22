-- CreateTable
CREATE TABLE "ReportExtraction" (
    "reportId" TEXT NOT NULL PRIMARY KEY,
    "leftOut" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

