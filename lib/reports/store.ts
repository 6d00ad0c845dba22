import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { createFact } from '@/lib/facts/create';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import type { Candidate } from '@/lib/reports/candidates';
import { reportTextHash } from '@/lib/reports/fingerprint';
import type { ReportSubmission } from '@/lib/validation/report';

export type NewReport = ReportSubmission & { text: string; ownerOrgId: string; userId: string };

/** The idempotency key of an extracted candidate within one report. */
export function candidateKey(reportId: string, candidate: Candidate): string {
  return `extract:${reportId}:${candidate.fingerprint}`;
}

/**
 * Stores a report and its extracted candidates. Call it inside one transaction: a report never
 * exists without its candidates, nor candidates without their report.
 */
export async function storeReport(tx: Db, report: NewReport, candidates: Candidate[]): Promise<{ id: string }> {
  const publisher = await findOrCreateOrganization(tx, { name: report.publisher });
  const stored = await tx.report.create({
    data: {
      title: report.title,
      publisherId: publisher.id,
      publishedDate: report.publishedDate,
      url: report.url,
      text: report.text,
      textHash: reportTextHash(report.text),
      ownerOrgId: report.ownerOrgId,
      createdById: report.userId,
    },
    select: { id: true },
  });
  await recordAudit(tx, { entityType: 'report', entityId: stored.id, action: 'create', userId: report.userId, after: { title: report.title, publisher: publisher.name, publishedDate: report.publishedDate, url: report.url } });
  await storeCandidates(tx, { reportId: stored.id, ownerOrgId: report.ownerOrgId, userId: report.userId }, candidates);
  return stored;
}

/** Adds candidates not stored before (by key): returns how many were new. */
export async function storeCandidates(tx: Db, scope: { reportId: string; ownerOrgId: string | null; userId: string }, candidates: Candidate[]): Promise<number> {
  let added = 0;
  for (const candidate of candidates) {
    const idempotencyKey = candidateKey(scope.reportId, candidate);
    if (await tx.fact.findUnique({ where: { idempotencyKey }, select: { id: true } })) continue;
    await createFact(tx, candidate.input, {
      status: 'candidate',
      userId: scope.userId,
      ownerOrgId: scope.ownerOrgId,
      reportId: scope.reportId,
      excerptStart: candidate.start,
      excerptEnd: candidate.end,
      cue: candidate.cue,
      idempotencyKey,
    });
    added += 1;
  }
  return added;
}
