import 'server-only';
import { redirect } from 'next/navigation';
import { isPublicReadEnabled } from '@/lib/auth/config';
import type { SessionUser } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';

/**
 * Who is reading a dashboard or export page. When the deployment turns public reading off
 * (SITREP_PUBLIC_READ=false), anonymous readers are sent to sign in.
 */
export async function getReader(): Promise<SessionUser | null> {
  const user = await getSessionUser();
  if (!user && !isPublicReadEnabled()) redirect('/login');
  return user;
}
