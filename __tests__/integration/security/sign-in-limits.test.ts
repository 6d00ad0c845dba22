/**
 * Issue 19, point 1: the sign-in limits, attacked the way the hostile run did. Each case failed
 * before the one limiter (lib/auth/sign-in-limit.ts) and the socket-address rule.
 */
jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { signIn } from '@/lib/actions/sign-in';
import { POST } from '@/app/api/auth/[...all]/route';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/sign-in-policy';
import { RedirectSignal, setRequestHeaders, TEST_ORIGIN } from '@/__tests__/helpers/request-context';

jest.setTimeout(120_000);
const PASSWORD = 'right-password-123';
// The socket's address as Sitrep's server stamps it (scripts/server.mjs).
const PEER = 'x-sitrep-peer';
let counter = 0;

async function freshAccount(): Promise<string> {
  counter += 1;
  const email = `target${counter}@example.org`;
  await createMember(prisma, { email, password: PASSWORD, organization: 'Fictional Limits Org', role: 'viewer' });
  return email;
}

function apiSignIn(email: string, password: string, headers: Record<string, string>): Promise<Response> {
  return POST(
    new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

async function formSignIn(email: string, password: string, headers: Record<string, string>): Promise<string> {
  setRequestHeaders({ origin: TEST_ORIGIN, ...headers });
  const data = new FormData();
  data.set('email', email);
  data.set('password', password);
  try {
    return (await signIn({}, data)).message ?? '';
  } catch (error) {
    if (error instanceof RedirectSignal) return `redirect ${error.url}`;
    throw error;
  }
}

afterEach(() => {
  delete process.env.SITREP_TRUSTED_PROXIES;
});

describe('one sign-in limiter on every path', () => {
  it('a new X-Forwarded-For on each API request neither escapes the limit nor lets the right password in', async () => {
    const email = await freshAccount();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      statuses.push((await apiSignIn(email, 'wrong-password-x', { [PEER]: '192.0.2.10', 'x-forwarded-for': `203.0.113.${i + 1}` })).status);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(statuses.slice(MAX_FAILURES_PER_ACCOUNT).every((status) => status === 429)).toBe(true);
    expect((await apiSignIn(email, PASSWORD, { [PEER]: '192.0.2.10', 'x-forwarded-for': '203.0.113.200' })).status).toBe(429);
  });

  it('an account locked through the sign-in form stays locked through /api/auth', async () => {
    const email = await freshAccount();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1)
      expect(await formSignIn(email, 'wrong-password-x', { [PEER]: '192.0.2.11' })).toMatch(/do not match/);
    const response = await apiSignIn(email, PASSWORD, { [PEER]: '192.0.2.12' });
    expect(response.status).toBe(429);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('an account locked through /api/auth stays locked in the sign-in form', async () => {
    const email = await freshAccount();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1)
      expect((await apiSignIn(email, 'wrong-password-x', { [PEER]: '192.0.2.13' })).status).toBe(401);
    expect(await formSignIn(email, PASSWORD, { [PEER]: '192.0.2.14' })).toMatch(/Too many attempts/);
  });

  it('22 failures for different e-mails from unknown addresses do not lock out everybody else', async () => {
    for (let i = 0; i < 22; i += 1) expect(await formSignIn(`nobody${i}@example.org`, 'wrong-password-x', {})).toMatch(/do not match/);
    for (let i = 0; i < 22; i += 1) expect((await apiSignIn(`nobody-api${i}@example.org`, 'wrong-password-x', {})).status).toBe(401);
    const email = await freshAccount();
    expect(await formSignIn(email, PASSWORD, {})).toBe('redirect /');
    expect((await apiSignIn(email, PASSWORD, {})).status).toBe(200);
    expect(await prisma.rateLimit.count({ where: { key: { contains: 'unknown' } } })).toBe(0);
  });

  it('believes X-Forwarded-For only from a proxy listed in SITREP_TRUSTED_PROXIES', async () => {
    process.env.SITREP_TRUSTED_PROXIES = '10.0.0.0/8';
    await formSignIn('spoofed@example.org', 'wrong-password-x', { [PEER]: '10.1.2.3', 'x-forwarded-for': '198.51.100.7, 10.9.9.9' });
    await formSignIn('direct@example.org', 'wrong-password-x', { [PEER]: '192.0.2.15', 'x-forwarded-for': '198.51.100.8' });
    const keys = (await prisma.rateLimit.findMany({ where: { key: { startsWith: 'sign-in:ip:' } } })).map((row) => row.key);
    expect(keys).toContain('sign-in:ip:198.51.100.7');
    expect(keys).toContain('sign-in:ip:192.0.2.15');
    expect(keys).not.toContain('sign-in:ip:198.51.100.8');
  });

  it('records sign-ins and failed sign-ins with the client address, on both paths', async () => {
    const email = await freshAccount();
    await apiSignIn(email, 'wrong-password-x', { [PEER]: '192.0.2.16' });
    await apiSignIn(email, PASSWORD, { [PEER]: '192.0.2.17' });
    await formSignIn(email, 'wrong-password-x', { [PEER]: '192.0.2.18' });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const entries = await prisma.auditEntry.findMany({ where: { entityType: 'user', entityId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => [entry.action, entry.clientAddress, entry.userId, entry.actorName])).toEqual([
      ['sign-in-failed', '192.0.2.16', user.id, user.name || email],
      ['sign-in', '192.0.2.17', user.id, user.name || email],
      ['sign-in-failed', '192.0.2.18', user.id, user.name || email],
    ]);
  });
});
