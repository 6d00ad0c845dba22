-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "actorName" TEXT;
ALTER TABLE "AuditEntry" ADD COLUMN "clientAddress" TEXT;
ALTER TABLE "AuditEntry" ADD COLUMN "organizationId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEntry_organizationId_createdAt_idx" ON "AuditEntry"("organizationId", "createdAt");


-- Existing entries keep the name of whoever wrote them, before any user can be deleted.
UPDATE "AuditEntry" SET "actorName" = (SELECT COALESCE(NULLIF("User"."name", ''), "User"."email") FROM "User" WHERE "User"."id" = "AuditEntry"."userId") WHERE "userId" IS NOT NULL;

-- Append-only audit trail: no UPDATE and no DELETE, except the actor link going to null when
-- the user is deleted (ON DELETE SET NULL); actorName keeps who it was.
CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
WHEN NOT (OLD."userId" IS NOT NULL AND NEW."userId" IS NULL
  AND NEW."id" IS OLD."id" AND NEW."entityType" IS OLD."entityType" AND NEW."entityId" IS OLD."entityId"
  AND NEW."action" IS OLD."action" AND NEW."actorName" IS OLD."actorName" AND NEW."organizationId" IS OLD."organizationId"
  AND NEW."clientAddress" IS OLD."clientAddress" AND NEW."before" IS OLD."before" AND NEW."after" IS OLD."after"
  AND NEW."createdAt" IS OLD."createdAt")
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;
