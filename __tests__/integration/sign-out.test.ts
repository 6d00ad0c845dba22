jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { getSessionUser } from '@/lib/auth/session';
import { signOut } from '@/lib/actions/auth';
import { RedirectSignal, signInAs } from '@/__tests__/helpers/request-context';

describe('sessions', () => {
  beforeAll(async () => {
    await createMember(prisma, { email: 'editor@a.example', password: 'editor-password-1', organization: 'Org A', role: 'editor' });
  });

  it('signs in with the real endpoint and sees the membership', async () => {
    await signInAs('editor@a.example', 'editor-password-1');
    const user = await getSessionUser();
    expect(user?.email).toBe('editor@a.example');
    expect(user?.memberships).toEqual([{ organizationId: expect.any(String), role: 'editor' }]);
  });

  it('sign-out deletes the session row, so the same cookie no longer works', async () => {
    await signInAs('editor@a.example', 'editor-password-1');
    const sessionsBefore = await prisma.session.count();
    await expect(signOut()).rejects.toBeInstanceOf(RedirectSignal);
    expect(await prisma.session.count()).toBe(sessionsBefore - 1);
    expect(await getSessionUser()).toBeNull();
  });

  it('stores a slow hash, never the password', async () => {
    const account = await prisma.account.findFirstOrThrow({ where: { providerId: 'credential' } });
    expect(account.password).not.toContain('editor-password-1');
    expect(account.password?.length).toBeGreaterThan(60);
  });
});
