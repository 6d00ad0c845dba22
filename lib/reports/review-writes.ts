import { recordAudit } from '@/lib/audit/record';
import { refreshReportRollups } from '@/lib/dashboard/write/rollup';
import type { Db } from '@/lib/database';
import type { RejectReason, Sensitivity } from '@/lib/facts/vocabulary';
import { changesFromInput, createFact, updateFactVersioned } from '@/lib/facts/write';
import { recordFeedback, wasCorrected } from '@/lib/reports/feedback';
import {
  EDITABLE_FIELDS,
  REVIEW_FACT_SELECT,
  toReviewFact,
  type EditableField,
  type FactEdits,
  type ReviewFact,
} from '@/lib/reports/review-fact';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';

/** Thrown inside a review transaction to roll it back when a fact was changed by someone else. */
export class StaleFactError extends Error {
  constructor(readonly current: ReviewFact[]) {
    super('stale');
  }
}

export async function loadReviewFact(db: Db, reportId: string, factId: string): Promise<ReviewFact | null> {
  const row = await db.fact.findFirst({ where: { id: factId, reportId, deletedAt: null }, select: REVIEW_FACT_SELECT });
  return row ? toReviewFact(row) : null;
}

type ReviewScope = { reportId: string; userId: string };

/**
 * Confirms or rejects each fact at the version the reviewer saw; any stale one rolls all back.
 * A rejection keeps its reason; a confirmation clears an earlier one.
 */
export async function decide(
  db: Db,
  scope: ReviewScope,
  decision: 'confirmed' | 'rejected',
  refs: { id: string; version: number }[],
  rejectReason: RejectReason | null = null,
): Promise<ReviewFact[]> {
  const stale: ReviewFact[] = [];
  // Lock rows in one global order (by id): two "confirm selected" in different orders would
  // otherwise deadlock on PostgreSQL (found by bench/concurrency).
  const ordered = [...refs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const ref of ordered) {
    const fact = await loadReviewFact(db, scope.reportId, ref.id);
    if (!fact) throw new StaleFactError([]);
    const result = await updateFactVersioned(db, {
      factId: ref.id,
      expectedVersion: ref.version,
      changes: { status: decision, rejectReason: decision === 'rejected' ? rejectReason : null },
      userId: scope.userId,
      action: decision === 'confirmed' ? 'confirm' : 'reject',
    });
    if (!result.ok) {
      stale.push(fact);
      continue;
    }
    if (fact.cue !== null && fact.status !== decision) {
      const isUnchanged = decision === 'confirmed' && !(await wasCorrected(db, fact.id));
      if (decision === 'rejected' || isUnchanged) {
        await recordFeedback(db, {
          reportId: scope.reportId,
          factId: fact.id,
          metric: fact.metric,
          outcome: isUnchanged ? 'unchanged' : 'rejected',
          userId: scope.userId,
        });
      }
    }
  }
  if (stale.length) throw new StaleFactError(stale);
  const rows = await db.fact.findMany({ where: { id: { in: refs.map((ref) => ref.id) } }, select: REVIEW_FACT_SELECT });
  return rows.map(toReviewFact);
}

/** The fact with the reviewer's edits applied, checked by the schema every door uses. */
export function mergeEdits(fact: ReviewFact, edits: FactEdits): ReturnType<typeof FactInputSchema.safeParse> {
  return FactInputSchema.safeParse({ ...fact, ...edits });
}

/** Which editable fields differ between the stored fact and the validated edit. */
export function changedFields(fact: ReviewFact, next: FactInput): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => String(fact[field] ?? '') !== String(next[field] ?? ''));
}

/** Saves validated edits at the version the reviewer saw and records each correction. */
export async function applyEdits(
  db: Db,
  scope: ReviewScope,
  fact: ReviewFact,
  expectedVersion: number,
  next: FactInput,
  fields: EditableField[],
): Promise<ReviewFact> {
  const changes = await changesFromInput(db, next);
  const result = await updateFactVersioned(db, { factId: fact.id, expectedVersion, changes, userId: scope.userId, action: 'edit' });
  if (!result.ok) throw new StaleFactError(result.reason === 'conflict' ? [fact] : []);
  if (fact.cue !== null) {
    for (const field of fields) {
      await recordFeedback(db, {
        reportId: scope.reportId,
        factId: fact.id,
        metric: fact.metric,
        outcome: 'corrected',
        field,
        fromValue: String(fact[field] ?? ''),
        toValue: String(next[field] ?? ''),
        userId: scope.userId,
      });
    }
  }
  const updated = await loadReviewFact(db, scope.reportId, fact.id);
  if (!updated) throw new StaleFactError([]);
  return updated;
}

/** A figure extraction missed, added as a candidate tied to its passage, with its feedback entry. */
export async function addMissed(
  db: Db,
  scope: ReviewScope & { ownerOrgId: string | null },
  fact: FactInput,
  start: number,
): Promise<ReviewFact | null> {
  const { id } = await createFact(db, fact, {
    status: 'candidate',
    userId: scope.userId,
    ownerOrgId: scope.ownerOrgId,
    reportId: scope.reportId,
    excerptStart: start,
    excerptEnd: start + fact.excerpt.length,
    cue: null,
  });
  await recordFeedback(db, { reportId: scope.reportId, factId: id, metric: fact.metric, outcome: 'missed', userId: scope.userId });
  return loadReviewFact(db, scope.reportId, id);
}

/** Restricts a report and its figures to its organization, or makes them public again. */
export async function setReportLevel(db: Db, scope: ReviewScope & { before: string }, sensitivity: Sensitivity): Promise<void> {
  await db.report.update({ where: { id: scope.reportId }, data: { sensitivity } });
  await recordAudit(db, {
    entityType: 'report',
    entityId: scope.reportId,
    action: 'sensitivity',
    userId: scope.userId,
    before: { sensitivity: scope.before },
    after: { sensitivity },
  });
  // Facts already at the new level do not change, but whether they count publicly does; the others are recounted as they are updated.
  await refreshReportRollups(db, scope.reportId, { sensitivity });
  const rows = await db.fact.findMany({
    where: { reportId: scope.reportId, deletedAt: null, NOT: { sensitivity } },
    select: { id: true, version: true },
  });
  for (const row of rows)
    await updateFactVersioned(db, {
      factId: row.id,
      expectedVersion: row.version,
      changes: { sensitivity },
      userId: scope.userId,
      action: 'sensitivity',
    });
}
