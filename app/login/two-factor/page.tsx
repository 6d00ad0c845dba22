import type { Metadata } from 'next';
import Link from 'next/link';
import { TwoFactorForm } from '@/app/ui/auth/two-factor-form';
import { safeNextPath } from '@/lib/auth/next-path';

export const metadata: Metadata = { title: 'Two-step sign-in' };

export default async function Page({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const destination = safeNextPath(Array.isArray(next) ? next[0] : next);
  return (
    <section className="panel" style={{ maxWidth: 420, margin: '0 auto' }} aria-labelledby="two-factor-heading">
      <h1 id="two-factor-heading">Two-step sign-in</h1>
      <p className="muted">Your password was right. Now enter the code your authenticator app shows for Sitrep.</p>
      <TwoFactorForm next={destination} />
      <p>
        <Link href={`/login?next=${encodeURIComponent(destination)}`}>Start again with your password</Link>
      </p>
    </section>
  );
}
