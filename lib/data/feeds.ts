import 'server-only';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/prisma';

export type FeedRow = {
  id: string;
  name: string;
  url: string;
  organization: string;
  intervalMinutes: number;
  lastRunAt: Date | null;
  lastItemsTaken: number;
  lastError: string | null;
  items: { stored: number; skipped: number; pending: number; failed: number };
  canEdit: boolean;
};

/** The feeds of the reader's organizations, with how their items fared. */
export async function fetchFeeds(reader: SessionUser): Promise<FeedRow[]> {
  const memberOf = organizationsWithRole(reader, 'viewer');
  const editorOf = new Set(organizationsWithRole(reader, 'editor'));
  const feeds = await prisma.feed.findMany({
    where: { ownerOrgId: { in: memberOf } },
    select: {
      id: true,
      name: true,
      url: true,
      ownerOrgId: true,
      intervalMinutes: true,
      lastRunAt: true,
      lastItemsTaken: true,
      lastError: true,
      ownerOrg: { select: { name: true } },
    },
    orderBy: { name: 'asc' },
  });
  const counts = await prisma.feedItem.groupBy({
    by: ['feedId', 'state'],
    where: { feedId: { in: feeds.map((feed) => feed.id) } },
    _count: { _all: true },
  });
  const count = (feedId: string, state: string) => counts.find((row) => row.feedId === feedId && row.state === state)?._count._all ?? 0;
  return feeds.map((feed) => ({
    id: feed.id,
    name: feed.name,
    url: feed.url,
    organization: feed.ownerOrg.name,
    intervalMinutes: feed.intervalMinutes,
    lastRunAt: feed.lastRunAt,
    lastItemsTaken: feed.lastItemsTaken,
    lastError: feed.lastError,
    items: {
      stored: count(feed.id, 'stored'),
      skipped: count(feed.id, 'skipped'),
      pending: count(feed.id, 'pending'),
      failed: count(feed.id, 'failed'),
    },
    canEdit: editorOf.has(feed.ownerOrgId),
  }));
}
