import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { writeCandidates, type Candidate } from '@/lib/reports/candidates';
import { reportTextHash } from '@/lib/reports/fingerprint';
import type { ReportSubmission } from '@/lib/validation/report';

/** How a report relates to one already stored (lib/reports/duplicates decides). */
export type ReportLinks = { previousVersionId?: string | null; reprintOfId?: string | null };
export type NewReport = ReportSubmission & ReportLinks & { text: string; ownerOrgId: string; userId: string | null };
export type CandidateScope = { reportId: string; ownerOrgId: string | null; userId: string | null };

/**
 * Stores a report and its extracted candidates. Call it inside one transaction: a report never
 * exists without its candidates, nor candidates without their report.
 */
export async function storeReport(tx: Db, report: NewReport, candidates: Candidate[]): Promise<{ id: string }> {
  const stored = await createReport(tx, report);
  await storeCandidates(tx, { reportId: stored.id, ownerOrgId: report.ownerOrgId, userId: report.userId }, candidates);
  return stored;
}

/**
 * Stores a report whose figures the job worker will read (a feed item, a long text): the
 * pending extraction is written in the same transaction, so no report is left unread.
 */
export async function storeReportForExtraction(tx: Db, report: NewReport): Promise<{ id: string }> {
  const stored = await createReport(tx, report);
  await tx.reportExtraction.create({ data: { reportId: stored.id } });
  return stored;
}

async function createReport(tx: Db, report: NewReport): Promise<{ id: string }> {
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
      previousVersionId: report.previousVersionId ?? null,
      reprintOfId: report.reprintOfId ?? null,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    entityType: 'report',
    entityId: stored.id,
    action: 'create',
    userId: report.userId,
    after: {
      title: report.title,
      publisher: publisher.name,
      publishedDate: report.publishedDate,
      url: report.url,
      previousVersionId: report.previousVersionId ?? null,
      reprintOfId: report.reprintOfId ?? null,
    },
  });
  return stored;
}

/** Adds candidates not stored before (by key), in batches and up to the per-report cap: returns how many were new. */
export function storeCandidates(tx: Db, scope: CandidateScope, candidates: Candidate[]): Promise<number> {
  return writeCandidates(tx, scope, candidates);
}
