jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { signIn } from '@/lib/actions/sign-in';
import { getSessionUser } from '@/lib/auth/session';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '@/lib/auth/sign-in-policy';
import { RedirectSignal, setRequestHeaders, TEST_ORIGIN } from '@/__tests__/helpers/request-context';

const PASSWORD = 'right-password-123';
// Each attempt runs the real scrypt hash; twenty of them take a few seconds on a shared machine.
jest.setTimeout(60_000);
let counter = 0;

/** A fresh account (and a fresh address) per test, so counters never leak between tests. */
async function freshAccount(): Promise<{ email: string; address: string }> {
  counter += 1;
  const email = `person${counter}@example.org`;
  await createMember(prisma, { email, password: PASSWORD, organization: 'Fictional Shelter Group', role: 'editor' });
  return { email, address: `198.51.100.${counter}` };
}

function credentials(email: string, password: string, next = ''): FormData {
  const data = new FormData();
  data.set('email', email);
  data.set('password', password);
  data.set('next', next);
  return data;
}

function from(address: string, origin: string | null = TEST_ORIGIN): void {
  setRequestHeaders({ origin, 'x-sitrep-peer': address });
}

async function attempt(email: string, password: string, next = '') {
  try {
    return { state: await signIn({}, credentials(email, password, next)), redirectedTo: null };
  } catch (error) {
    if (error instanceof RedirectSignal) return { state: null, redirectedTo: error.url };
    throw error;
  }
}

describe('sign-in action', () => {
  it('signs in, sets the session cookie and goes to the dashboard', async () => {
    const { email, address } = await freshAccount();
    from(address);
    const result = await attempt(email.toUpperCase(), PASSWORD);
    expect(result.redirectedTo).toBe('/');
    expect((await getSessionUser())?.email).toBe(email);
  });

  it.each([
    ['/reports?publisher=x', '/reports?publisher=x'],
    ['//evil.example/path', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
  ])('after sign-in, next=%s goes to %s', async (next, expected) => {
    const { email, address } = await freshAccount();
    from(address);
    expect((await attempt(email, PASSWORD, next)).redirectedTo).toBe(expected);
  });

  it('gives one generic message for a wrong password and for an unknown account, and keeps the e-mail', async () => {
    const { email, address } = await freshAccount();
    from(address);
    const sessions = await prisma.session.count();
    const wrong = await attempt(email, 'wrong-password-1');
    const unknown = await attempt('nobody@example.org', 'wrong-password-1');
    expect(wrong.state?.message).toMatch(/do not match an account/);
    expect(unknown.state?.message).toBe(wrong.state?.message);
    expect(wrong.state?.email).toBe(email);
    expect(await prisma.session.count()).toBe(sessions);
  });

  it('names every missing field', async () => {
    from('192.0.2.200');
    const { state } = await attempt('', '');
    expect(Object.keys(state?.errors ?? {}).sort()).toEqual(['email', 'password']);
  });

  it.each([
    ['foreign', 'https://evil.example'],
    ['null', 'null'],
    ['missing', null],
  ])('refuses a %s Origin: no session, no counter', async (_name, origin) => {
    const { email, address } = await freshAccount();
    from(address, origin);
    const [sessions, counters] = [await prisma.session.count(), await prisma.rateLimit.count()];
    const { state } = await attempt(email, PASSWORD);
    expect(state?.message).toMatch(/did not come from a Sitrep page/);
    expect(await prisma.session.count()).toBe(sessions);
    expect(await prisma.rateLimit.count()).toBe(counters);
  });
});

describe('sign-in rate limits (in the database)', () => {
  it(`blocks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even from different addresses and with the right password`, async () => {
    const { email } = await freshAccount();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      from(`203.0.113.${i + 1}`);
      expect((await attempt(email, 'wrong-password-x')).state?.message).toMatch(/do not match/);
    }
    from('203.0.113.99');
    const blocked = await attempt(email, PASSWORD);
    expect(blocked.state?.message).toBe('Too many attempts; try again in 15 minutes.');
    expect(await prisma.rateLimit.findUnique({ where: { key: `sign-in:email:${email}` } })).toMatchObject({
      count: MAX_FAILURES_PER_ACCOUNT,
    });
  });

  it(`blocks an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts; other addresses still work`, async () => {
    const address = '203.0.113.150';
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      from(address);
      expect((await attempt(`guess${i}@example.org`, 'wrong-password-x')).state?.message).toMatch(/do not match/);
    }
    const { email } = await freshAccount();
    from(address);
    expect((await attempt(email, PASSWORD)).state?.message).toMatch(/^Too many attempts; try again in \d+ minutes?\.$/);
    from('203.0.113.151');
    expect((await attempt(email, PASSWORD)).redirectedTo).toBe('/');
  });

  it('a successful sign-in clears the account counter', async () => {
    const { email, address } = await freshAccount();
    from(address);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i += 1) await attempt(email, 'wrong-password-x');
    expect(await attempt(email, PASSWORD)).toMatchObject({ redirectedTo: '/' });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i += 1) await attempt(email, 'wrong-password-x');
    expect((await attempt(email, PASSWORD)).redirectedTo).toBe('/');
  });

  it('lets the account in again once the window has passed', async () => {
    const { email, address } = await freshAccount();
    from(address);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) await attempt(email, 'wrong-password-x');
    expect((await attempt(email, PASSWORD)).state?.message).toMatch(/Too many attempts/);
    const sixteenMinutesAgo = BigInt(Date.now() - 16 * 60 * 1000);
    await prisma.rateLimit.updateMany({ where: { key: { startsWith: 'sign-in:' } }, data: { lastRequest: sixteenMinutesAgo } });
    expect((await attempt(email, PASSWORD)).redirectedTo).toBe('/');
  });

  it('parallel guesses cannot slip past the limit', async () => {
    const { email, address } = await freshAccount();
    from(address);
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(email, 'wrong-password-x')));
    const checked = results.filter((r) => r.state?.message?.includes('do not match')).length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => r.state?.message?.startsWith('Too many attempts')).length).toBe(12 - checked);
  });

  it('another app server (fresh modules, its own database client) sees the same counters', async () => {
    const { email, address } = await freshAccount();
    from(address);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) await attempt(email, 'wrong-password-x');
    const globals = globalThis as unknown as { prisma?: unknown };
    const ours = globals.prisma;
    delete globals.prisma;
    try {
      await jest.isolateModulesAsync(async () => {
        const context = await import('@/__tests__/helpers/request-context');
        const other = await import('@/lib/prisma');
        const action = await import('@/lib/actions/sign-in');
        expect(other.prisma).not.toBe(ours);
        context.setRequestHeaders({ origin: TEST_ORIGIN, 'x-sitrep-peer': '192.0.2.77' });
        const state = await action.signIn({}, credentials(email, PASSWORD));
        expect(state.message).toMatch(/Too many attempts/);
        await other.prisma.$disconnect();
      });
    } finally {
      globals.prisma = ours;
    }
  });
});
