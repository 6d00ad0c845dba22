import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { writeCandidates, type Candidate } from '@/lib/reports/candidates';
import { reportTextHash } from '@/lib/reports/fingerprint';
import type { ReportSubmission } from '@/lib/validation/report';

export type NewReport = ReportSubmission & { text: string; ownerOrgId: string; userId: string };

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

/** Adds candidates not stored before (by key), in batches and up to the per-report cap: returns how many were new. */
export function storeCandidates(tx: Db, scope: { reportId: string; ownerOrgId: string | null; userId: string }, candidates: Candidate[]): Promise<number> {
  return writeCandidates(tx, scope, candidates);
}
