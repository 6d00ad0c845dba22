import Link from 'next/link';
import styles from './site-header.module.css';
import { getSessionUser } from '@/lib/auth/session';
import { signOut } from '@/lib/actions/auth';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { countReportsToReview } from '@/lib/data/reports';

/** Who is signed in, with a sign-out that ends the session on the server. */
export async function UserMenu() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <div className={styles.user}>
        <Link href="/login">Sign in</Link>
      </div>
    );
  }
  // Only editors review, so only they see the queue; the count is the one /reports?review=1 lists.
  const toReview = organizationsWithRole(user, 'editor').length > 0 ? await countReportsToReview(user) : null;
  return (
    <div className={styles.user}>
      {toReview !== null ? (
        <Link href="/reports?review=1" aria-label={`Reports to review: ${toReview}`} className={toReview > 0 ? styles.queue : undefined}>
          To review ({toReview})
        </Link>
      ) : null}
      {organizationsWithRole(user, 'admin').length > 0 ? <Link href="/members">Members</Link> : null}
      <Link href="/account/security" aria-label={`Account security for ${user.email}`}>
        {user.email}
      </Link>
      <form action={signOut}>
        <button type="submit">Sign out</button>
      </form>
    </div>
  );
}
