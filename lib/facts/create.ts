import { createHash } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record';
import { refreshDashboardRollups } from '@/lib/dashboard/rollup';
import type { Db } from '@/lib/database';
import type { FactStatus } from '@/lib/facts/vocabulary';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import type { FactInput } from '@/lib/validation/fact';

/** Where a fact came from and who is responsible for it; everything FactInput does not say. */
export type FactProvenance = {
  status: FactStatus;
  userId: string | null;
  ownerOrgId: string | null;
  reportId?: string | null;
  excerptStart?: number | null;
  excerptEnd?: number | null;
  cue?: string | null;
  sourceTitle?: string | null;
  sourceUrl?: string | null;
  excerptIsSummary?: boolean;
  idempotencyKey?: string | null;
};

/**
 * Stores one validated fact with its audit entry. Pass a transaction client when the fact is
 * part of a larger all-or-nothing write (a report's candidates, an import).
 */
export async function createFact(db: Db, input: FactInput, provenance: FactProvenance): Promise<{ id: string }> {
  const [location, sourceOrg] = await Promise.all([
    findOrCreateLocation(db, { name: input.location }),
    findOrCreateOrganization(db, { name: input.sourceOrg }),
  ]);
  const isReviewed = provenance.status !== 'candidate';
  const fact = await db.fact.create({
    data: {
      metric: input.metric,
      low: input.low,
      high: input.high,
      qualifier: input.qualifier,
      unit: input.unit,
      locationId: location.id,
      locationText: input.location,
      date: input.date,
      datePrecision: input.datePrecision,
      sourceOrgId: sourceOrg.id,
      excerpt: input.excerpt,
      sensitivity: input.sensitivity,
      status: provenance.status,
      reportId: provenance.reportId ?? null,
      ownerOrgId: provenance.ownerOrgId,
      enteredById: provenance.userId,
      reviewedById: isReviewed ? provenance.userId : null,
      reviewedAt: isReviewed ? new Date() : null,
      excerptStart: provenance.excerptStart ?? null,
      excerptEnd: provenance.excerptEnd ?? null,
      cue: provenance.cue ?? null,
      sourceTitle: provenance.sourceTitle ?? null,
      sourceUrl: provenance.sourceUrl ?? null,
      excerptIsSummary: provenance.excerptIsSummary ?? false,
      idempotencyKey: provenance.idempotencyKey ?? null,
    },
    select: { id: true },
  });
  await recordAudit(db, { entityType: 'fact', entityId: fact.id, action: 'create', userId: provenance.userId, after: input });
  await refreshDashboardRollups(db, [{ metric: input.metric, locationId: location.id, date: input.date, sourceOrgId: sourceOrg.id }]);
  return fact;
}

/** A stable key for "the same fact again": re-imports and re-seeds find the row they wrote before. */
export function factFingerprint(input: FactInput, scope: string): string {
  const parts = [scope, input.metric, input.low, input.high, input.qualifier, input.unit, input.location, input.date, input.datePrecision, input.sourceOrg, input.excerpt];
  return createHash('sha256').update(parts.join('\u001f')).digest('hex');
}
