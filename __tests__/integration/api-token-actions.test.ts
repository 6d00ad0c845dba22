jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/actions/api-tokens';
import { hashToken, listApiTokens } from '@/lib/api/tokens';
import { createExportFixtures, OUTSIDER, OWNER } from '@/__tests__/helpers/export-fixtures';
import { apiGet } from '@/__tests__/helpers/api-request';
import { setRequestHeaders, signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';

jest.setTimeout(60_000);
beforeAll(async () => {
  await createExportFixtures(prisma);
}, 120_000);

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe('API tokens on the account page', () => {
  it('creates a token shown once, lists it by name, and revokes it (audited) so the API refuses it', async () => {
    await signInAs(OWNER.email, OWNER.password);
    const created = await createApiTokenAction({}, form({ name: 'Weekly upload' }));
    expect(created.ok).toBe(true);
    expect(created.token).toMatch(/^sitrep_/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: OWNER.email } });
    const [listed] = await listApiTokens(user.id);
    expect(listed.name).toBe('Weekly upload');
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: listed.id } })).tokenHash).toBe(hashToken(created.token!));
    const restricted = await apiGet('/api/v1/facts', 'limit=500', created.token);
    expect(restricted.body.facts.some((fact: { sensitivity: string }) => fact.sensitivity === 'restricted')).toBe(true);

    await signInAs(OUTSIDER.email, OUTSIDER.password);
    expect((await revokeApiTokenAction({}, form({ tokenId: listed.id }))).ok).toBeUndefined();
    expect((await apiGet('/api/v1/facts', 'limit=1', created.token)).status).toBe(200);

    await signInAs(OWNER.email, OWNER.password);
    const revoked = await revokeApiTokenAction({}, form({ tokenId: listed.id }));
    expect(revoked.ok).toBe(true);
    expect(await listApiTokens(user.id)).toEqual([]);
    expect((await apiGet('/api/v1/facts', 'limit=1', created.token)).status).toBe(401);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'api-token-revoke', entityId: user.id } });
    expect(audit.before).toContain(listed.id);
  });

  it('refuses an empty name, a signed-out request and a foreign origin', async () => {
    await signInAs(OWNER.email, OWNER.password);
    expect((await createApiTokenAction({}, form({ name: '  ' }))).errors?.name?.length).toBeGreaterThan(0);
    signOutOfRequest();
    expect((await createApiTokenAction({}, form({ name: 'Script' }))).message).toMatch(/sign in/i);
    const cookie = await signInAs(OWNER.email, OWNER.password);
    setRequestHeaders({ origin: 'https://attacker.example', cookie });
    const refused = await createApiTokenAction({}, form({ name: 'Script' }));
    expect(refused.token).toBeUndefined();
    expect(refused.message).toMatch(/did not come from a Sitrep page/);
  });
});
