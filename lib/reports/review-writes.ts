import type { Db } from '@/lib/database';
import type { FactChanges } from '@/lib/facts/update';
import { updateFactVersioned } from '@/lib/facts/update';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { recordFeedback, wasCorrected } from '@/lib/reports/feedback';
import { REVIEW_FACT_SELECT, toReviewFact, type EditableField, type FactEdits, type ReviewFact } from '@/lib/reports/review-fact';
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

/** Confirms or rejects each fact at the version the reviewer saw; any stale one rolls all back. */
export async function decide(db: Db, scope: { reportId: string; userId: string }, decision: 'confirmed' | 'rejected', refs: { id: string; version: number }[]): Promise<ReviewFact[]> {
  const stale: ReviewFact[] = [];
  // Lock rows in one global order (by id): two "confirm selected" in different orders would
  // otherwise deadlock on PostgreSQL (found by bench/concurrency).
  const ordered = [...refs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const ref of ordered) {
    const fact = await loadReviewFact(db, scope.reportId, ref.id);
    if (!fact) throw new StaleFactError([]);
    const result = await updateFactVersioned(db, { factId: ref.id, expectedVersion: ref.version, changes: { status: decision }, userId: scope.userId, action: decision === 'confirmed' ? 'confirm' : 'reject' });
    if (!result.ok) {
      stale.push(fact);
      continue;
    }
    if (fact.cue !== null && fact.status !== decision) {
      const isUnchanged = decision === 'confirmed' && !(await wasCorrected(db, fact.id));
      if (decision === 'rejected' || isUnchanged) {
        await recordFeedback(db, { reportId: scope.reportId, factId: fact.id, metric: fact.metric, outcome: isUnchanged ? 'unchanged' : 'rejected', userId: scope.userId });
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
  const fields: EditableField[] = ['metric', 'low', 'high', 'qualifier', 'unit', 'location', 'date', 'datePrecision', 'sourceOrg'];
  return fields.filter((field) => String(fact[field]) !== String(next[field]));
}

/** Saves validated edits at the version the reviewer saw and records each correction. */
export async function applyEdits(db: Db, scope: { reportId: string; userId: string }, fact: ReviewFact, expectedVersion: number, next: FactInput, fields: EditableField[]): Promise<ReviewFact> {
  const changes: FactChanges = {};
  for (const field of fields) {
    if (field === 'location') {
      changes.locationId = (await findOrCreateLocation(db, { name: next.location })).id;
      changes.locationText = next.location;
    } else if (field === 'sourceOrg') {
      changes.sourceOrgId = (await findOrCreateOrganization(db, { name: next.sourceOrg })).id;
    } else {
      Object.assign(changes, { [field]: next[field] });
    }
  }
  const result = await updateFactVersioned(db, { factId: fact.id, expectedVersion, changes, userId: scope.userId, action: 'edit' });
  if (!result.ok) throw new StaleFactError(result.reason === 'conflict' ? [fact] : []);
  if (fact.cue !== null) {
    for (const field of fields) {
      await recordFeedback(db, { reportId: scope.reportId, factId: fact.id, metric: fact.metric, outcome: 'corrected', field, fromValue: String(fact[field]), toValue: String(next[field]), userId: scope.userId });
    }
  }
  const updated = await loadReviewFact(db, scope.reportId, fact.id);
  if (!updated) throw new StaleFactError([]);
  return updated;
}
