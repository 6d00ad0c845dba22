import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/app/ui/auth/sign-in-form';
import { safeNextPath } from '@/lib/auth/next-path';
import { getSessionUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function Page({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const destination = safeNextPath(Array.isArray(next) ? next[0] : next);
  if (await getSessionUser()) redirect(destination);
  return (
    <section className="panel" style={{ maxWidth: 420, margin: '0 auto' }} aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in</h1>
      <p className="muted">Accounts are created by your organization&apos;s admin. Reading the dashboard needs no account.</p>
      <SignInForm next={destination} />
    </section>
  );
}
