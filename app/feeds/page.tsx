import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FeedForm } from '@/app/ui/feeds/feed-form';
import { FeedList } from '@/app/ui/feeds/feed-list';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';
import { fetchFeeds } from '@/lib/data/feeds';
import { fetchOrganizationsById } from '@/lib/data/reports';

export const metadata: Metadata = { title: 'Feeds' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  const user = await getSessionUser();
  if (!user) redirect('/login?next=/feeds');
  const editorOf = organizationsWithRole(user, 'editor');
  const [feeds, organizations] = await Promise.all([fetchFeeds(user), fetchOrganizationsById(editorOf)]);
  return (
    <>
      <h1>Feeds</h1>
      <p className="muted">
        New items of a feed arrive as reports of your organization, with their figures waiting in the review queue. Items already in Sitrep
        (same link or same text) are skipped.
      </p>
      {organizations.length > 0 ? (
        <FeedForm organizations={organizations} />
      ) : (
        <p className="empty-state">Editors subscribe their organization to feeds.</p>
      )}
      <FeedList feeds={feeds} />
    </>
  );
}
