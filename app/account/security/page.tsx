import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TwoFactorSettings } from '@/app/ui/auth/two-factor-settings';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';
import { fetchTwoFactorStatus } from '@/lib/data/account';

export const metadata: Metadata = { title: 'Sign-in security' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  const user = await getSessionUser();
  if (!user) redirect('/login?next=/account/security');
  const { isEnabled } = await fetchTwoFactorStatus(user.id);
  const isAdmin = organizationsWithRole(user, 'admin').length > 0;
  return (
    <>
      <h1>Sign-in security</h1>
      <section className="panel stack" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">Two-step sign-in</h2>
        <p>
          With two-step sign-in, signing in needs your password and a 6-digit code from an authenticator app on your phone (for example
          FreeOTP, Aegis or Google Authenticator). It works without internet on the phone.
          {isAdmin ? ' As an admin, you should turn it on.' : null}
        </p>
        <TwoFactorSettings isEnabled={isEnabled} />
      </section>
      <section className="panel stack" aria-labelledby="api-tokens-heading">
        <h2 id="api-tokens-heading">API tokens</h2>
        <p>
          Scripts read figures through the <a href="/docs/api">read API</a>; with a personal token, they also get your organizations’
          restricted figures. <a href="/account/api-tokens">Create or revoke API tokens</a>.
        </p>
      </section>
    </>
  );
}
