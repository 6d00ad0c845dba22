import type { PrismaClient } from '@/lib/generated/prisma/client';
import { failedAttempt, leaseMs, takeableWhere } from '@/lib/jobs/lease';
import { MAX_CANDIDATES_PER_REPORT } from '@/lib/reports/limits';
import { proposeCandidates } from '@/lib/reports/propose';
import { storeCandidates } from '@/lib/reports/store';

/** Candidates per transaction: short write locks, so other requests go on between chunks. */
const CHUNK = 100;

/**
 * The "report.extract" job: reads the figures of a stored report and stores them as candidates,
 * chunk by chunk. Each candidate has an idempotency key, so a run cut short by a crash resumes
 * where it stopped and never stores a figure twice.
 */
export async function extractReport(db: PrismaClient, reportId: string, now = new Date()): Promise<void> {
  const taken = await db.reportExtraction.updateMany({
    where: { reportId, ...takeableWhere(now) },
    data: { leaseUntil: new Date(now.getTime() + leaseMs()), attempts: { increment: 1 } },
  });
  if (taken.count !== 1) return;
  const { attempts } = await db.reportExtraction.findUniqueOrThrow({ where: { reportId }, select: { attempts: true } });
  try {
    const report = await db.report.findUniqueOrThrow({
      where: { id: reportId },
      select: {
        text: true,
        publishedDate: true,
        ownerOrgId: true,
        createdById: true,
        publisher: { select: { name: true } },
        previousVersion: { select: { text: true } },
      },
    });
    const candidates = proposeCandidates({
      text: report.text,
      publishedDate: report.publishedDate,
      publisher: report.publisher.name,
      previousText: report.previousVersion?.text,
    });
    const scope = { reportId, ownerOrgId: report.ownerOrgId, userId: report.createdById };
    // The per-report cap is applied to the whole list, so the count left out is the report's, not a chunk's.
    const kept = candidates.slice(0, MAX_CANDIDATES_PER_REPORT);
    for (let from = 0; from < kept.length; from += CHUNK) {
      await db.$transaction((tx) => storeCandidates(tx, scope, kept.slice(from, from + CHUNK)), { timeout: 30_000 });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const leftOut = candidates.length - kept.length;
    await db.reportExtraction.update({
      where: { reportId },
      data: { state: 'done', candidates: kept.length, leftOut, leaseUntil: null, lastError: null },
    });
  } catch (error) {
    console.error(`extraction of report ${reportId} failed`, error);
    await db.reportExtraction.update({ where: { reportId }, data: failedAttempt(attempts, error, new Date()) });
  }
}
