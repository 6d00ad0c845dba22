-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "actorName" TEXT,
ADD COLUMN     "clientAddress" TEXT,
ADD COLUMN     "organizationId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEntry_organizationId_createdAt_idx" ON "AuditEntry"("organizationId", "createdAt");


-- Existing entries keep the name of whoever wrote them, before any user can be deleted.
UPDATE "AuditEntry" SET "actorName" = (SELECT COALESCE(NULLIF("User"."name", ''), "User"."email") FROM "User" WHERE "User"."id" = "AuditEntry"."userId") WHERE "userId" IS NOT NULL;

-- Append-only audit trail: the application role cannot UPDATE, DELETE or TRUNCATE audit rows.
-- The one update allowed is the actor link going to null when the user is deleted (ON DELETE
-- SET NULL) with every other column unchanged, since actorName keeps who it was.
-- Prisma's PostgreSQL adapter runs a migration statement by statement, cut at every semicolon
-- (also inside comments and function bodies), so the body writes each of its own as the E-string
-- escape \073 and no comment here holds one.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    IF OLD."userId" IS NOT NULL AND NEW."userId" IS NULL AND (to_jsonb(NEW) - ''userId'') = (to_jsonb(OLD) - ''userId'') THEN
      RETURN NEW\073
    END IF\073
  END IF\073
  RAISE EXCEPTION ''audit entries are append-only'' USING ERRCODE = ''insufficient_privilege''\073
END\073
';

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
