import type { PrismaClient } from '@/lib/generated/prisma/client';
import { extractReport } from '@/lib/jobs/extract-report';
import { takeableWhere } from '@/lib/jobs/lease';
import { pollFeed } from '@/lib/jobs/poll-feed';
import { takeFeedItem } from '@/lib/jobs/take-feed-item';

export const JOB_NAMES = ['feed-poll', 'feed-item', 'report-extract'] as const;
export type JobName = (typeof JOB_NAMES)[number];
export type Job = { name: JobName; id: string };

/** The same job code for both workers (in-process on SQLite, pg-boss on PostgreSQL). */
export function runJob(db: PrismaClient, job: Job): Promise<void> {
  if (job.name === 'feed-poll') return pollFeed(db, job.id);
  if (job.name === 'feed-item') return takeFeedItem(db, job.id);
  return extractReport(db, job.id);
}

/**
 * Work due now, read from the work's own state: a job is never lost, because whatever a crash
 * interrupted is still pending in the database and shows up here again once its lease runs out.
 */
export async function findDueJobs(db: PrismaClient, now = new Date(), limit = 50): Promise<Job[]> {
  const [feeds, items, extractions] = await Promise.all([
    db.feed.findMany({ where: { nextRunAt: { lte: now } }, select: { id: true }, orderBy: { nextRunAt: 'asc' }, take: limit }),
    db.feedItem.findMany({ where: takeableWhere(now), select: { id: true }, orderBy: { createdAt: 'asc' }, take: limit }),
    db.reportExtraction.findMany({ where: takeableWhere(now), select: { reportId: true }, orderBy: { createdAt: 'asc' }, take: limit }),
  ]);
  return [
    ...extractions.map((row) => ({ name: 'report-extract' as const, id: row.reportId })),
    ...items.map((row) => ({ name: 'feed-item' as const, id: row.id })),
    ...feeds.map((row) => ({ name: 'feed-poll' as const, id: row.id })),
  ];
}
