import { refreshDashboardRollups } from '@/lib/dashboard/write/rollup';
import type { Db } from '@/lib/database';
import type { AuditAction } from '@/lib/audit/record';
import { factColumns, resolveNames, newKnownNames, type KnownNames } from '@/lib/facts/write-columns';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FactInput } from '@/lib/validation/fact';

/**
 * Rows per INSERT. A fact has about 30 columns; 100 rows stay far below every driver's limit on
 * bound parameters (SQLite 32,766, PostgreSQL 65,535), which one statement for a whole dense
 * report exceeded (Prisma P2029).
 */
const ROWS_PER_INSERT = 100;
/** Keys per `IN (…)` lookup, for the same reason. */
const KEYS_PER_LOOKUP = 500;

type Owner = { userId: string | null; ownerOrgId: string | null };

/**
 * Confirmed facts in bulk (the daily log, an import): one lookup of the keys already stored, each
 * name resolved once, INSERTs of ROWS_PER_INSERT rows, one audit entry per fact. Rollups are
 * refreshed here unless the caller rebuilds them set-based afterwards (an import of 100,000 rows).
 */
export async function createFacts(
  db: Db,
  items: { fact: FactInput; key: string; source?: { sourceTitle: string | null; sourceUrl: string | null } }[],
  owner: Owner & { action: AuditAction; auditExtra?: Record<string, unknown>; known?: KnownNames; refreshRollups: boolean },
): Promise<{ created: number; skipped: number }> {
  const fresh = await withoutStored(db, items);
  const known = owner.known ?? newKnownNames();
  const now = new Date();
  const rows: InsertRow[] = [];
  for (const { fact, key, source } of fresh) {
    rows.push({
      ...factColumns(fact, await resolveNames(db, fact, known)),
      ...source,
      status: 'confirmed',
      ownerOrgId: owner.ownerOrgId,
      enteredById: owner.userId,
      reviewedById: owner.userId,
      reviewedAt: now,
      idempotencyKey: key,
    });
  }
  const inputs = new Map(fresh.map(({ fact, key }) => [key, fact]));
  await insertWithAudit(db, rows, (key) => ({ ...inputs.get(key), ...owner.auditExtra }), owner.userId, owner.action);
  if (owner.refreshRollups && rows.length) await refreshDashboardRollups(db, rows);
  return { created: rows.length, skipped: items.length - rows.length };
}

/** One proposal of extraction, as createCandidates stores it. */
export type CandidateWrite = { input: FactInput; key: string; start: number; end: number; cue: string; confidence?: number | null };

/**
 * A report's candidates in batches. Candidates are never counted, so no rollup is touched; they
 * join the rollups when a reviewer confirms them (updateFactVersioned). Returns how many were new.
 */
export async function createCandidates(
  db: Db,
  scope: Owner & { reportId: string; userId: string | null },
  candidates: CandidateWrite[],
): Promise<number> {
  const fresh = await withoutStored(db, candidates);
  const known = newKnownNames();
  const rows: InsertRow[] = [];
  for (const candidate of fresh) {
    rows.push({
      ...factColumns(candidate.input, await resolveNames(db, candidate.input, known)),
      status: 'candidate',
      reportId: scope.reportId,
      ownerOrgId: scope.ownerOrgId,
      enteredById: scope.userId,
      excerptStart: candidate.start,
      excerptEnd: candidate.end,
      cue: candidate.cue,
      confidence: candidate.confidence ?? null,
      idempotencyKey: candidate.key,
    });
  }
  const inputs = new Map(fresh.map((candidate) => [candidate.key, candidate.input]));
  await insertWithAudit(db, rows, (key) => inputs.get(key), scope.userId, 'create');
  return rows.length;
}

/** Drops items whose key is already stored, and repeats of a key within the list. */
async function withoutStored<T extends { key: string }>(db: Db, items: T[]): Promise<T[]> {
  const stored = new Set<string>();
  for (let i = 0; i < items.length; i += KEYS_PER_LOOKUP) {
    const keys = items.slice(i, i + KEYS_PER_LOOKUP).map((item) => item.key);
    for (const row of await db.fact.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true } }))
      stored.add(row.idempotencyKey!);
  }
  return items.filter((item) => !stored.has(item.key) && stored.add(item.key));
}

type InsertRow = Prisma.FactCreateManyInput & { idempotencyKey: string };

/** INSERTs in chunks, then the audit entries (the same shape recordAudit writes) in chunks too. */
async function insertWithAudit(
  db: Db,
  rows: InsertRow[],
  auditAfter: (key: string) => unknown,
  userId: string | null,
  action: AuditAction,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const created = await db.fact.createManyAndReturn({
      data: rows.slice(i, i + ROWS_PER_INSERT),
      select: { id: true, idempotencyKey: true },
    });
    await db.auditEntry.createMany({
      data: created.map(({ id, idempotencyKey }) => ({
        entityType: 'fact',
        entityId: id,
        action,
        userId,
        after: JSON.stringify(auditAfter(idempotencyKey!)),
      })),
    });
  }
}
