import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CreateApiTokenForm, RevokeApiTokenForm } from '@/app/ui/account/api-token-forms';
import { getSessionUser } from '@/lib/auth/session';
import { listApiTokens } from '@/lib/api/tokens';

export const metadata: Metadata = { title: 'API tokens' };
export const dynamic = 'force-dynamic';

function utc(at: Date): string {
  return at.toISOString().slice(0, 16).replace('T', ' ');
}

export default async function Page() {
  const user = await getSessionUser();
  if (!user) redirect('/login?next=/account/api-tokens');
  const tokens = await listApiTokens(user.id);
  return (
    <>
      <h1>API tokens</h1>
      <p>
        A personal API token lets a script read <a href="/docs/api">Sitrep’s read API</a> as you: public figures plus the restricted figures
        of your organizations. Send it as <code>Authorization: Bearer &lt;token&gt;</code>. Treat it like a password; revoke it when it is
        no longer needed.
      </p>
      <section className="panel stack" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">New token</h2>
        <CreateApiTokenForm />
      </section>
      <section className="panel stack" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Your tokens</h2>
        {tokens.length === 0 ? (
          <p className="empty-state">You have no API tokens.</p>
        ) : (
          <table className="table">
            <caption>Tokens that work now, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created (UTC)</th>
                <th scope="col">Last used (UTC)</th>
                <th scope="col">
                  <span className="visually-hidden">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{utc(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? utc(token.lastUsedAt) : 'never'}</td>
                  <td>
                    <RevokeApiTokenForm tokenId={token.id} name={token.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
