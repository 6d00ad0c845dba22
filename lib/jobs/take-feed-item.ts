import type { SessionUser } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { readReportLink } from '@/lib/intake/article';
import { failedAttempt, leaseMs, takeableWhere } from '@/lib/jobs/lease';
import { matchSubmission } from '@/lib/reports/duplicates';
import { storeReportForExtraction } from '@/lib/reports/store';
import { ReportSubmissionSchema } from '@/lib/validation/report';

type Item = {
  id: string;
  link: string;
  title: string;
  publishedDate: string | null;
  attempts: number;
  feed: { name: string; ownerOrgId: string; createdById: string | null };
};

/** A refusal the next attempt would meet again: given up on at once. */
class Permanent extends Error {}

/**
 * The "feed.item" job: fetches a pending item's page and stores it as a report of the feed's
 * organization with its extraction pending, or marks it skipped when the same report is already
 * in Sitrep. The item's state changes in the report's own transaction, and only from pending, so
 * an item is stored once even when a worker that died comes back to it.
 */
export async function takeFeedItem(db: PrismaClient, itemId: string, now = new Date()): Promise<void> {
  const taken = await db.feedItem.updateMany({
    where: { id: itemId, ...takeableWhere(now) },
    data: { leaseUntil: new Date(now.getTime() + leaseMs()), attempts: { increment: 1 } },
  });
  if (taken.count !== 1) return;
  const item = await db.feedItem.findUniqueOrThrow({
    where: { id: itemId },
    select: {
      id: true,
      link: true,
      title: true,
      publishedDate: true,
      attempts: true,
      feed: { select: { name: true, ownerOrgId: true, createdById: true } },
    },
  });
  try {
    await storeItem(db, item);
  } catch (error) {
    await db.feedItem.update({ where: { id: itemId }, data: failedAttempt(item.attempts, error, new Date(), error instanceof Permanent) });
  }
}

async function storeItem(db: PrismaClient, item: Item): Promise<void> {
  const read = await readReportLink(item.link);
  if (!read.ok) throw new Error(read.message);
  if (!read.report.text) throw new Permanent('The page has no text to read.');
  const parsed = ReportSubmissionSchema.safeParse({
    title: (read.report.title ?? item.title).slice(0, 300),
    publisher: read.report.publisher ?? item.feed.name,
    publishedDate: item.publishedDate ?? read.report.publishedDate ?? new Date().toISOString().slice(0, 10),
    url: item.link,
  });
  if (!parsed.success) throw new Permanent(parsed.error.issues.map((issue) => issue.message).join(' '));
  const submission = { ...parsed.data, text: read.report.text };
  const match = await matchSubmission(db, feedReader(item.feed), submission);
  if (match.kind === 'existing') {
    await db.feedItem.updateMany({
      where: { id: item.id, state: 'pending' },
      data: { state: 'skipped', reportId: match.id, leaseUntil: null, lastError: null },
    });
    return;
  }
  await db.$transaction(async (tx) => {
    const claimed = await tx.feedItem.updateMany({
      where: { id: item.id, state: 'pending' },
      data: { state: 'stored', leaseUntil: null, lastError: null },
    });
    if (claimed.count !== 1) return;
    const report = await storeReportForExtraction(tx, {
      ...submission,
      ownerOrgId: item.feed.ownerOrgId,
      userId: item.feed.createdById,
      previousVersionId: match.kind === 'version' ? match.previousId : null,
      reprintOfId: match.kind === 'reprint' ? match.ofId : null,
    });
    await tx.feedItem.update({ where: { id: item.id }, data: { reportId: report.id } });
  });
}

/** The feed reads as an editor of its organization: it sees that organization's reports and published ones. */
function feedReader(feed: Item['feed']): SessionUser {
  return { id: feed.createdById ?? 'feed', email: '', name: feed.name, memberships: [{ organizationId: feed.ownerOrgId, role: 'editor' }] };
}
