import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { GET, POST } from '@/app/api/auth/[...all]/route';
import { TEST_ORIGIN } from '@/__tests__/helpers/request-context';

jest.setTimeout(30_000);
const EMAIL = 'route-user@example.org';
const PASSWORD = 'route-password-1';

function signInRequest(headers: Record<string, string>, password = PASSWORD): Request {
  return new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: EMAIL, password }),
  });
}

beforeAll(async () => {
  await createMember(prisma, { email: EMAIL, password: PASSWORD, organization: 'Fictional Route Org', role: 'viewer' });
});

describe('Better Auth route handler', () => {
  it.each([
    ['a foreign Origin', { origin: 'https://evil.example', 'x-sitrep-peer': '192.0.2.31' }],
    ['Origin: null', { origin: 'null', 'x-sitrep-peer': '192.0.2.32' }],
    ['a foreign Origin with a cookie', { origin: 'https://evil.example', cookie: 'x=1', 'x-sitrep-peer': '192.0.2.33' }],
    [
      'a cross-site form navigation',
      { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'x-sitrep-peer': '192.0.2.34' },
    ],
  ])('refuses sign-in from %s, and creates no session', async (_name, headers) => {
    const sessions = await prisma.session.count();
    const response = await POST(signInRequest(headers));
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await prisma.session.count()).toBe(sessions);
  });

  it('signs in from this site with an httpOnly, SameSite=Lax session cookie', async () => {
    const response = await POST(signInRequest({ origin: TEST_ORIGIN, 'x-sitrep-peer': '192.0.2.40' }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await GET(new Request(`${TEST_ORIGIN}/api/auth/get-session`, { headers: { cookie: cookie.split(';')[0] } }));
    expect((await session.json())?.user?.email).toBe(EMAIL);
  });

  it.each(['enable', 'disable', 'generate-backup-codes', 'get-totp-uri', 'send-otp', 'verify-otp'])(
    'refuses /api/auth/two-factor/%s: two-step sign-in is managed on the audited account page only',
    async (endpoint) => {
      const signedIn = await POST(signInRequest({ origin: TEST_ORIGIN, 'x-sitrep-peer': '192.0.2.45' }));
      const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0];
      const response = await POST(
        new Request(`${TEST_ORIGIN}/api/auth/two-factor/${endpoint}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, cookie, 'x-sitrep-peer': '192.0.2.45' },
          body: JSON.stringify({ password: PASSWORD }),
        }),
      );
      expect(response.status).toBe(404);
      expect((await response.json()).error.message).toMatch(/\/account\/security/);
      expect(await prisma.twoFactor.count()).toBe(0);
    },
  );

  it('refuses sign-up: accounts come from admins and the CLI only', async () => {
    const users = await prisma.user.count();
    const response = await POST(
      new Request(`${TEST_ORIGIN}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, 'x-sitrep-peer': '192.0.2.41' },
        body: JSON.stringify({ email: 'self-signup@example.org', password: 'self-signup-password', name: 'Self' }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await prisma.user.count()).toBe(users);
  });

  it('limits sign-in with the same counters as the sign-in form (429 after 5 failures for the account)', async () => {
    const headers = { origin: TEST_ORIGIN, 'x-sitrep-peer': '192.0.2.50' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await POST(signInRequest(headers, 'wrong-password-1'))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await prisma.rateLimit.findUnique({ where: { key: `sign-in:email:${EMAIL}` } })).toMatchObject({ count: 5 });
    expect(await prisma.rateLimit.findUnique({ where: { key: 'sign-in:ip:192.0.2.50' } })).toMatchObject({ count: 5 });
  });
});
