import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parseFeed, type FeedEntry } from '@/lib/intake/feed';
import { FEED_TYPES, safeFetch } from '@/lib/intake/fetch';

/**
 * The "feed.poll" job: a worker claims a due feed by moving its next run forward (only one
 * worker can), reads the feed, and records each entry not seen before as a pending feed item.
 * Entries whose link is already a report of the organization are recorded as skipped.
 */
export async function pollFeed(db: PrismaClient, feedId: string, now = new Date()): Promise<void> {
  const feed = await db.feed.findUnique({ where: { id: feedId }, select: { url: true, ownerOrgId: true, intervalMinutes: true } });
  if (!feed) return;
  const claimed = await db.feed.updateMany({
    where: { id: feedId, nextRunAt: { lte: now } },
    data: { nextRunAt: new Date(now.getTime() + feed.intervalMinutes * 60_000) },
  });
  if (claimed.count !== 1) return;
  try {
    const fetched = await safeFetch(feed.url, { accept: [...FEED_TYPES, 'text/plain', 'text/html'] });
    const entries = parseFeed(fetched.body.toString('utf8'));
    let taken = 0;
    for (const entry of entries) if (await recordEntry(db, feedId, feed.ownerOrgId, entry)) taken += 1;
    await db.feed.update({ where: { id: feedId }, data: { lastRunAt: new Date(), lastItemsTaken: taken, lastError: null } });
  } catch (error) {
    await db.feed.update({
      where: { id: feedId },
      data: { lastRunAt: new Date(), lastItemsTaken: 0, lastError: error instanceof Error ? error.message : String(error) },
    });
  }
}

/** True when the entry is new and will be fetched. */
async function recordEntry(db: PrismaClient, feedId: string, ownerOrgId: string, entry: FeedEntry): Promise<boolean> {
  if (await db.feedItem.findUnique({ where: { feedId_key: { feedId, key: entry.key } }, select: { id: true } })) return false;
  const known = await db.report.findFirst({ where: { url: entry.link, ownerOrgId }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  try {
    await db.feedItem.create({
      data: {
        feedId,
        key: entry.key,
        link: entry.link,
        title: entry.title.slice(0, 300),
        publishedDate: entry.publishedDate,
        state: known ? 'skipped' : 'pending',
        reportId: known?.id ?? null,
      },
    });
  } catch (error) {
    // Another poll recorded it first (unique feed and key): it is theirs to count.
    if ((error as { code?: string }).code === 'P2002') return false;
    throw error;
  }
  return !known;
}
