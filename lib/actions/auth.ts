'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestSource } from '@/lib/auth/client-address';
import { assertTrustedOrigin } from '@/lib/auth/guard';
import { auth } from '@/lib/auth/server';
import { getSessionUser } from '@/lib/auth/session';
import { recordAccountEvent } from '@/lib/audit/account-events';

/**
 * Ends the session in the database (not only the cookie), then returns to the dashboard. The
 * origin is checked like any other mutation: another site must not sign people out.
 */
export async function signOut(): Promise<void> {
  await assertTrustedOrigin();
  const user = await getSessionUser();
  await auth.api.signOut({ headers: await headers() });
  if (user) await recordAccountEvent({ action: 'sign-out', userId: user.id, clientAddress: requestSource(await headers()).address });
  redirect('/');
}
