jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/actions/api-tokens';
import { createApiToken, hashToken, listApiTokens, revokeApiToken } from '@/lib/api/tokens';
import { createExportFixtures, OUTSIDER, OWNER } from '@/__tests__/helpers/export-fixtures';
import { apiGet } from '@/__tests__/helpers/api-request';
import { setRequestHeaders, signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';

let ownerId: string;
let token: string;
jest.setTimeout(60_000);
beforeAll(async () => {
  await createExportFixtures(prisma);
  ownerId = (await prisma.user.findUniqueOrThrow({ where: { email: OWNER.email } })).id;
  token = (await createApiToken({ id: ownerId }, 'Test script', '127.0.0.1')).token;
}, 120_000);
afterEach(() => {
  delete process.env.SITREP_PUBLIC_READ;
});

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
    expect((await listApiTokens(user.id)).map((row) => row.id)).not.toContain(listed.id);
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

describe('personal API tokens', () => {
  it('answers 401 JSON to a malformed or unknown token', async () => {
    for (const bad of ['nonsense', `sitrep_${'A'.repeat(43)}`]) {
      const { status, body, response } = await apiGet('/api/v1/facts', '', bad);
      expect(status).toBe(401);
      expect(body.error.parameter).toBe('Authorization');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('stores only a hash, records use, and stops working once revoked, with both steps audited', async () => {
    const created = await createApiToken({ id: ownerId }, 'Short-lived', null);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).not.toContain(created.token.slice(7));
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.lastUsedAt).toBeNull();
    expect((await apiGet('/api/v1/facts', 'limit=1', created.token)).status).toBe(200);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    expect(await revokeApiToken({ id: 'someone-else' }, created.id, null)).toBe(false);
    expect(await revokeApiToken({ id: ownerId }, created.id, '127.0.0.1')).toBe(true);
    const { status, body } = await apiGet('/api/v1/facts', 'limit=1', created.token);
    expect(status).toBe(401);
    expect(body.error.message).toMatch(/revoked/);
    const audit = await prisma.auditEntry.findMany({
      where: { entityType: 'user', entityId: ownerId, action: { startsWith: 'api-token' } },
    });
    const actions = audit.filter((entry) => (entry.after ?? entry.before ?? '').includes(created.id)).map((entry) => entry.action);
    expect(actions.sort()).toEqual(['api-token-create', 'api-token-revoke']);
    expect(audit.every((entry) => !(entry.after ?? '').includes(created.token))).toBe(true);
  });

  it('serves members with a token when public reading is off, and refuses everyone else', async () => {
    process.env.SITREP_PUBLIC_READ = 'false';
    const anonymous = await apiGet('/api/v1/observations');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.parameter).toBe('Authorization');
    expect((await apiGet('/api/v1/observations', '', token)).status).toBe(200);
  });
});
