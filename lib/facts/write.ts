/**
 * The one fact-write module: every fact is created, changed, deleted or restored here, so the
 * column mapping, the audit entry and the dashboard's rollups are kept in one place. Pass a
 * transaction client when the write is part of a larger all-or-nothing change.
 */
import { createHash } from 'node:crypto';
import { recordAudit, type AuditAction } from '@/lib/audit/record';
import { refreshDashboardRollups } from '@/lib/dashboard/write/rollup';
import type { Db } from '@/lib/database';
import { factColumns, resolveNames, type KnownNames } from '@/lib/facts/write-columns';
import type { FactStatus, RejectReason } from '@/lib/facts/vocabulary';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FactInput } from '@/lib/validation/fact';

export { createCandidates, createFacts, type CandidateWrite } from '@/lib/facts/write-many';
export { newKnownNames, type KnownNames } from '@/lib/facts/write-columns';

/** Where a fact came from and who is responsible for it; everything FactInput does not say. */
export type FactProvenance = {
  status: FactStatus;
  userId: string | null;
  ownerOrgId: string | null;
  reportId?: string | null;
  excerptStart?: number | null;
  excerptEnd?: number | null;
  cue?: string | null;
  confidence?: number | null;
  sourceTitle?: string | null;
  sourceUrl?: string | null;
  excerptIsSummary?: boolean;
  idempotencyKey?: string | null;
};

/** Stores one validated fact with its audit entry; a candidate is never counted, so its rollups are left alone. */
export async function createFact(db: Db, input: FactInput, provenance: FactProvenance): Promise<{ id: string }> {
  const ids = await resolveNames(db, input);
  const isReviewed = provenance.status !== 'candidate';
  const fact = await db.fact.create({
    data: {
      ...factColumns(input, ids),
      ...provenanceColumns(provenance),
      reviewedById: isReviewed ? provenance.userId : null,
      reviewedAt: isReviewed ? new Date() : null,
    },
    select: { id: true },
  });
  await recordAudit(db, { entityType: 'fact', entityId: fact.id, action: 'create', userId: provenance.userId, after: input });
  if (isReviewed)
    await refreshDashboardRollups(db, [
      { metric: input.metric, locationId: ids.locationId, date: input.date, sourceOrgId: ids.sourceOrgId },
    ]);
  return fact;
}

export function provenanceColumns(provenance: FactProvenance) {
  return {
    status: provenance.status,
    reportId: provenance.reportId ?? null,
    ownerOrgId: provenance.ownerOrgId,
    enteredById: provenance.userId,
    excerptStart: provenance.excerptStart ?? null,
    excerptEnd: provenance.excerptEnd ?? null,
    cue: provenance.cue ?? null,
    confidence: provenance.confidence ?? null,
    sourceTitle: provenance.sourceTitle ?? null,
    sourceUrl: provenance.sourceUrl ?? null,
    excerptIsSummary: provenance.excerptIsSummary ?? false,
    idempotencyKey: provenance.idempotencyKey ?? null,
  };
}

/** A stable key for "the same fact again": re-imports and re-seeds find the row they wrote before. */
export function factFingerprint(input: FactInput, scope: string): string {
  const parts = [
    scope,
    input.metric,
    input.low,
    input.high,
    input.qualifier,
    input.unit,
    input.location,
    input.date,
    input.datePrecision,
    input.sourceOrg,
    input.excerpt,
  ];
  // measure, period and route stay out: a re-run of extraction that now reads a figure's measure
  // must still find the candidate (and a reviewer's rejection) it stored before.
  return createHash('sha256').update(parts.join('\u001f')).digest('hex');
}

/** Columns a person may change on a fact (resolved ids, not names: changesFromInput resolves them). */
export type FactChanges = Partial<
  Pick<
    Prisma.FactUncheckedUpdateInput,
    | 'metric'
    | 'low'
    | 'high'
    | 'qualifier'
    | 'unit'
    | 'measure'
    | 'periodStart'
    | 'locationId'
    | 'locationText'
    | 'originId'
    | 'destinationId'
    | 'date'
    | 'datePrecision'
    | 'sourceOrgId'
    | 'excerpt'
    | 'sensitivity'
  >
> & { status?: FactStatus; rejectReason?: RejectReason | null };

/** A validated fact as column changes: names become the ids of found or new places and organizations. */
export async function changesFromInput(db: Db, input: FactInput, known?: KnownNames): Promise<FactChanges> {
  return factColumns(input, await resolveNames(db, input, known));
}

export type FactUpdateResult =
  { ok: true; version: number } | { ok: false; reason: 'conflict'; current: Record<string, unknown> } | { ok: false; reason: 'not-found' };

type VersionedWrite = { factId: string; expectedVersion: number; userId: string | null };

const AUDITED_FIELDS = [
  'metric',
  'low',
  'high',
  'qualifier',
  'unit',
  'measure',
  'periodStart',
  'locationId',
  'locationText',
  'originId',
  'destinationId',
  'date',
  'datePrecision',
  'sourceOrgId',
  'excerpt',
  'sensitivity',
  'status',
  'rejectReason',
  'deletedAt',
] as const;

/**
 * Applies changes only if the fact is still at `expectedVersion` (optimistic concurrency): the
 * version check and the write are one UPDATE … WHERE version = ?, so two editors can never both
 * win. On a stale version nothing is written and the current values are returned.
 */
export async function updateFactVersioned(
  db: Db,
  {
    factId,
    expectedVersion,
    changes,
    userId,
    action,
  }: VersionedWrite & { changes: FactChanges & { deletedAt?: Date | null; deletedById?: string | null }; action: AuditAction },
): Promise<FactUpdateResult> {
  const before = await db.fact.findUnique({ where: { id: factId } });
  if (!before) return { ok: false, reason: 'not-found' };
  const isReview = changes.status === 'confirmed' || changes.status === 'rejected';
  const { count } = await db.fact.updateMany({
    where: { id: factId, version: expectedVersion },
    data: { ...changes, version: { increment: 1 }, ...(isReview ? { reviewedById: userId, reviewedAt: new Date() } : {}) },
  });
  if (count === 0) {
    const current = await db.fact.findUnique({ where: { id: factId } });
    return current ? { ok: false, reason: 'conflict', current: { ...current } } : { ok: false, reason: 'not-found' };
  }
  await recordAudit(db, {
    entityType: 'fact',
    entityId: factId,
    action,
    userId,
    before: pickAudited(before),
    after: pickAudited({ ...before, ...changes }),
  });
  const after = await db.fact.findUniqueOrThrow({
    where: { id: factId },
    select: { metric: true, locationId: true, date: true, sourceOrgId: true, status: true },
  });
  // A candidate that stays a candidate was never counted and still is not: nothing to recount.
  if (before.status !== 'candidate' || after.status !== 'candidate') await refreshDashboardRollups(db, [before, after]);
  return { ok: true, version: expectedVersion + 1 };
}

/** Soft delete: the fact leaves every count but stays in the database for an admin to restore. */
export function deleteFact(db: Db, write: VersionedWrite): Promise<FactUpdateResult> {
  return updateFactVersioned(db, { ...write, changes: { deletedAt: new Date(), deletedById: write.userId }, action: 'delete' });
}

export function restoreFact(db: Db, write: VersionedWrite): Promise<FactUpdateResult> {
  return updateFactVersioned(db, { ...write, changes: { deletedAt: null, deletedById: null }, action: 'restore' });
}

function pickAudited(fact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.filter((field) => field in fact).map((field) => [field, fact[field]]));
}
