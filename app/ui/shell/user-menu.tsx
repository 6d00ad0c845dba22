import Link from 'next/link';
import styles from './site-header.module.css';
import { getSessionUser } from '@/lib/auth/session';
import { signOut } from '@/lib/actions/auth';
import { organizationsWithRole } from '@/lib/auth/permissions';

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
  return (
    <div className={styles.user}>
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
