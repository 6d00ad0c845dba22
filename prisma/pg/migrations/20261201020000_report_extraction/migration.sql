-- CreateTable
CREATE TABLE "ReportExtraction" (
    "reportId" TEXT NOT NULL,
    "leftOut" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportExtraction_pkey" PRIMARY KEY ("reportId")
);

