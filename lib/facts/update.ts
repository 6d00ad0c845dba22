import { recordAudit, type AuditAction } from '@/lib/audit/record';
import { refreshDashboardRollups } from '@/lib/dashboard/rollup';
import type { Db } from '@/lib/database';
import type { FactStatus } from '@/lib/facts/vocabulary';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Columns a person may change on a fact (resolved ids, not names: callers resolve them first). */
export type FactChanges = Partial<
  Pick<
    Prisma.FactUncheckedUpdateInput,
    'metric' | 'low' | 'high' | 'qualifier' | 'unit' | 'locationId' | 'locationText' | 'date' | 'datePrecision' | 'sourceOrgId' | 'excerpt' | 'sensitivity'
  >
> & { status?: FactStatus };

export type FactUpdateResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'conflict'; current: Record<string, unknown> }
  | { ok: false; reason: 'not-found' };

const AUDITED_FIELDS = ['metric', 'low', 'high', 'qualifier', 'unit', 'locationId', 'locationText', 'date', 'datePrecision', 'sourceOrgId', 'excerpt', 'sensitivity', 'status', 'deletedAt'] as const;

/**
 * Applies changes only if the fact is still at `expectedVersion` (optimistic concurrency): the
 * version check and the write are one UPDATE … WHERE version = ?, so two editors can never both
 * win. On a stale version nothing is written and the current values are returned.
 */
export async function updateFactVersioned(
  db: Db,
  { factId, expectedVersion, changes, userId, action }: { factId: string; expectedVersion: number; changes: FactChanges & { deletedAt?: Date | null; deletedById?: string | null }; userId: string | null; action: AuditAction },
): Promise<FactUpdateResult> {
  const before = await db.fact.findUnique({ where: { id: factId } });
  if (!before) return { ok: false, reason: 'not-found' };
  const isReview = changes.status === 'confirmed' || changes.status === 'rejected';
  const { count } = await db.fact.updateMany({
    where: { id: factId, version: expectedVersion },
    data: {
      ...changes,
      version: { increment: 1 },
      ...(isReview ? { reviewedById: userId, reviewedAt: new Date() } : {}),
    },
  });
  if (count === 0) {
    const current = await db.fact.findUnique({ where: { id: factId } });
    return current ? { ok: false, reason: 'conflict', current: { ...current } } : { ok: false, reason: 'not-found' };
  }
  await recordAudit(db, { entityType: 'fact', entityId: factId, action, userId, before: pickAudited(before), after: pickAudited({ ...before, ...changes }) });
  // The dashboard's rollups: the fact may have left one observation (old keys) and joined another.
  const after = await db.fact.findUniqueOrThrow({ where: { id: factId }, select: { metric: true, locationId: true, date: true, sourceOrgId: true } });
  await refreshDashboardRollups(db, [before, after]);
  return { ok: true, version: expectedVersion + 1 };
}

function pickAudited(fact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.filter((field) => field in fact).map((field) => [field, fact[field]]));
}
