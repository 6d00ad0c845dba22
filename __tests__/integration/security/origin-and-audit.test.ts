/**
 * Issue 19, points 5 and 6: a client's X-Forwarded-Host is not believed, sign-out checks the
 * origin, and the audit trail is append-only and keeps who acted after their account is deleted.
 */
jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { signOut } from '@/lib/actions/auth';
import { assertTrustedOrigin } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';
import { RedirectSignal, setRequestHeaders, signInAs, TEST_ORIGIN } from '@/__tests__/helpers/request-context';

jest.setTimeout(60_000);

beforeAll(async () => {
  await createMember(prisma, {
    email: 'origin-editor@example.org',
    password: 'origin-password-1',
    organization: 'Fictional Origin Org',
    role: 'editor',
  });
});

afterEach(() => {
  delete process.env.SITREP_TRUSTED_PROXIES;
});

describe('origin checks', () => {
  it('refuses Origin http://evil.example even when the client sends X-Forwarded-Host: evil.example', async () => {
    setRequestHeaders({
      origin: 'http://evil.example',
      host: 'localhost:3000',
      'x-forwarded-host': 'evil.example',
      'x-sitrep-peer': '192.0.2.60',
    });
    await expect(assertTrustedOrigin()).rejects.toThrow(/did not come from a Sitrep page/);
  });

  it('believes X-Forwarded-Host from a trusted proxy', async () => {
    process.env.SITREP_TRUSTED_PROXIES = '10.0.0.1';
    setRequestHeaders({
      origin: 'https://sitrep.example',
      host: 'app:3000',
      'x-forwarded-host': 'sitrep.example',
      'x-forwarded-proto': 'https',
      'x-sitrep-peer': '10.0.0.1',
    });
    await expect(assertTrustedOrigin()).resolves.toBeUndefined();
  });

  it('sign-out from another site is refused and the session survives', async () => {
    const cookie = await signInAs('origin-editor@example.org', 'origin-password-1');
    const sessions = await prisma.session.count();
    setRequestHeaders({ origin: 'http://evil.example', cookie });
    await expect(signOut()).rejects.toThrow(/did not come from a Sitrep page/);
    setRequestHeaders({ cookie });
    await expect(signOut()).rejects.toThrow(/did not come from a Sitrep page/);
    expect(await prisma.session.count()).toBe(sessions);
  });

  it('sign-out from this site ends the session and is audited with the address', async () => {
    const cookie = await signInAs('origin-editor@example.org', 'origin-password-1');
    setRequestHeaders({ origin: TEST_ORIGIN, cookie, 'x-sitrep-peer': '192.0.2.61' });
    await expect(signOut()).rejects.toBeInstanceOf(RedirectSignal);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'sign-out' }, orderBy: { createdAt: 'desc' } });
    expect(entry).toMatchObject({ entityType: 'user', clientAddress: '192.0.2.61', actorName: expect.any(String) });
  });
});

describe('append-only audit trail', () => {
  const REFUSED = /append-only|constraint/i;

  async function oneEntry(): Promise<{ id: string; userId: string }> {
    const user = await prisma.user.create({
      data: {
        id: `audit-user-${Date.now()}-${Math.random()}`,
        name: 'Fictional Auditor',
        email: `auditor${Date.now()}${Math.random()}@example.org`,
      },
    });
    await recordAudit(prisma, { entityType: 'organization', entityId: 'org-x', action: 'create', userId: user.id, after: { name: 'X' } });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { userId: user.id } });
    return { id: entry.id, userId: user.id };
  }

  it('refuses to change an entry', async () => {
    const { id } = await oneEntry();
    // SQLite's driver adapter reports the trigger's refusal as a constraint error without its text.
    await expect(prisma.auditEntry.update({ where: { id }, data: { action: 'edit' } })).rejects.toThrow(REFUSED);
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "actorName" = 'someone else' WHERE "id" = '${id}'`)).rejects.toThrow(
      /append-only/,
    );
    expect((await prisma.auditEntry.findUniqueOrThrow({ where: { id } })).action).toBe('create');
  });

  it('refuses to delete an entry', async () => {
    const { id } = await oneEntry();
    await expect(prisma.auditEntry.delete({ where: { id } })).rejects.toThrow(REFUSED);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await prisma.auditEntry.count({ where: { id } })).toBe(1);
  });

  it("deleting the user keeps the entry and the actor's name", async () => {
    const { id, userId } = await oneEntry();
    await prisma.user.delete({ where: { id: userId } });
    expect(await prisma.auditEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      userId: null,
      actorName: 'Fictional Auditor',
      organizationId: 'org-x',
      action: 'create',
    });
  });
});
