import { unsubscribeFeed } from '@/lib/actions/feeds';
import type { FeedRow } from '@/lib/data/feeds';
import { formatNumber } from '@/lib/format';

/** Each feed with when it last ran, how many items it took, and its last error. */
export function FeedList({ feeds }: { feeds: FeedRow[] }) {
  if (feeds.length === 0) return <p className="empty-state">Your organizations follow no feed yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Feeds with their last run and items</caption>
        <thead>
          <tr>
            <th scope="col">Feed</th>
            <th scope="col">For</th>
            <th scope="col">Checked every</th>
            <th scope="col">Last run</th>
            <th scope="col" className="number">
              Items taken
            </th>
            <th scope="col" className="number">
              Reports stored
            </th>
            <th scope="col" className="number">
              Already known
            </th>
            <th scope="col" className="number">
              Failed
            </th>
            <th scope="col">Last error</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {feeds.map((feed) => (
            <tr key={feed.id}>
              <td>
                {feed.name}
                <br />
                <span className="muted">{feed.url}</span>
              </td>
              <td>{feed.organization}</td>
              <td>{formatNumber(feed.intervalMinutes)} min</td>
              <td>{feed.lastRunAt ? feed.lastRunAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : 'not yet'}</td>
              <td className="number">{formatNumber(feed.lastItemsTaken)}</td>
              <td className="number">{formatNumber(feed.items.stored)}</td>
              <td className="number">{formatNumber(feed.items.skipped)}</td>
              <td className="number">{formatNumber(feed.items.failed)}</td>
              <td>{feed.lastError ?? '—'}</td>
              <td>
                {feed.canEdit ? (
                  <form action={unsubscribeFeed}>
                    <input type="hidden" name="feedId" value={feed.id} />
                    <button type="submit" className="button button-secondary" aria-label={`Unsubscribe from ${feed.name}`}>
                      Unsubscribe
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
