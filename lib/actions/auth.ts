'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth/server';

/** Ends the session in the database (not only the cookie), then returns to the dashboard. */
export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect('/');
}
