jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { createHmac } from 'node:crypto';
import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { signIn } from '@/lib/actions/sign-in';
import { confirmTwoFactorSetup, disableTwoFactor, startTwoFactorSetup, verifySignInCode } from '@/lib/actions/two-factor';
import { getSessionUser } from '@/lib/auth/session';
import { databaseSnapshot } from '@/__tests__/helpers/auth-fixtures';
import { RedirectSignal, setRequestHeaders, signInAs, TEST_ORIGIN } from '@/__tests__/helpers/request-context';

jest.setTimeout(30_000);
const PASSWORD = 'admin-password-42';
const EMAIL = 'totp-admin@example.org';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/**
 * What an authenticator app computes from the base32 key shown on the page (RFC 6238: HMAC-SHA1,
 * 30-second steps, 6 digits), written here independently of Better Auth.
 */
async function codeFor(base32Secret: string): Promise<string> {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RedirectSignal)) throw new Error(`Expected a redirect, got ${JSON.stringify(error)}`);
  return error.url;
}

beforeAll(async () => {
  await createMember(prisma, { email: EMAIL, password: PASSWORD, organization: 'Fictional Camp Authority', role: 'admin' });
});

describe('two-factor actions refuse requests without a trusted origin or a session', () => {
  const attempts = [
    ['startTwoFactorSetup', () => startTwoFactorSetup({}, form({ password: PASSWORD }))],
    ['confirmTwoFactorSetup', () => confirmTwoFactorSetup({}, form({ code: '123456' }))],
    ['disableTwoFactor', () => disableTwoFactor({}, form({ password: PASSWORD }))],
  ] as const;
  const situations: [string, () => Promise<void>][] = [
    ['no session', async () => setRequestHeaders({ origin: TEST_ORIGIN })],
    ['foreign Origin', async () => void (await signInAs(EMAIL, PASSWORD, 'https://evil.example'))],
    ['null Origin', async () => void (await signInAs(EMAIL, PASSWORD, 'null'))],
    ['no Origin', async () => void (await signInAs(EMAIL, PASSWORD, null))],
  ];
  for (const [actionName, run] of attempts) {
    it.each(situations)(`${actionName}: %s`, async (_name, arrange) => {
      await arrange();
      const before = await databaseSnapshot();
      const state = await run();
      expect(state.message).toMatch(/Sign in to make changes|did not come from a Sitrep page/);
      expect(await databaseSnapshot()).toEqual(before);
    });
  }

  it.each([
    ['foreign', 'https://evil.example'],
    ['null', 'null'],
    ['missing', null],
  ])('verifySignInCode: %s Origin', async (_name, origin) => {
    setRequestHeaders({ origin });
    const state = await verifySignInCode({}, form({ code: '123456', next: '/' }));
    expect(state.message).toMatch(/did not come from a Sitrep page/);
  });
});

describe('turning two-step sign-in on, using it, and turning it off', () => {
  let secret = '';
  let backupCodes: string[] = [];

  it('wants the password before showing a secret', async () => {
    await signInAs(EMAIL, PASSWORD);
    const state = await startTwoFactorSetup({}, form({ password: 'not-my-password' }));
    expect(state.errors?.password?.[0]).toMatch(/not right/);
    expect(await prisma.twoFactor.count()).toBe(0);
  });

  it('shows the otpauth URI and its secret, and is not on until a first code is right', async () => {
    const state = await startTwoFactorSetup({}, form({ password: PASSWORD }));
    expect(state.setup?.uri).toMatch(/^otpauth:\/\/totp\/Sitrep:totp-admin%40example\.org\?secret=/);
    secret = state.setup!.secret;
    backupCodes = state.setup!.backupCodes;
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    expect(backupCodes.length).toBeGreaterThan(0);
    const wrong = await confirmTwoFactorSetup({}, form({ code: '000000' }));
    expect(wrong.errors?.code?.[0]).toMatch(/not right/);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } })).twoFactorEnabled).toBe(false);
    const right = await confirmTwoFactorSetup({}, form({ code: await codeFor(secret) }));
    expect(right).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } })).twoFactorEnabled).toBe(true);
    expect((await getSessionUser())?.email).toBe(EMAIL);
  });

  it('sign-in then asks for the code, and only a right code gives a session', async () => {
    setRequestHeaders({ origin: TEST_ORIGIN, 'x-forwarded-for': '192.0.2.10' });
    const sessions = await prisma.session.count();
    const step = await redirectOf(signIn({}, form({ email: EMAIL, password: PASSWORD, next: '/members' })));
    expect(step).toBe('/login/two-factor?next=%2Fmembers');
    expect(await getSessionUser()).toBeNull();
    expect(await prisma.session.count()).toBe(sessions);
    expect((await verifySignInCode({}, form({ code: '000000', next: '/members' }))).errors?.code?.[0]).toMatch(/not right/);
    expect(await getSessionUser()).toBeNull();
    expect(await redirectOf(verifySignInCode({}, form({ code: await codeFor(secret), next: '/members' })))).toBe('/members');
    expect((await getSessionUser())?.email).toBe(EMAIL);
  });

  it('a backup code works instead of the app', async () => {
    setRequestHeaders({ origin: TEST_ORIGIN, 'x-forwarded-for': '192.0.2.11' });
    await redirectOf(signIn({}, form({ email: EMAIL, password: PASSWORD, next: '/' })));
    expect(await redirectOf(verifySignInCode({}, form({ code: backupCodes[0], next: '/' })))).toBe('/');
    expect((await getSessionUser())?.email).toBe(EMAIL);
  });

  it('a code without the password step is refused', async () => {
    setRequestHeaders({ origin: TEST_ORIGIN });
    const state = await verifySignInCode({}, form({ code: await codeFor(secret), next: '/' }));
    expect(state.message).toMatch(/expired/);
    expect(await getSessionUser()).toBeNull();
  });

  it('turning it off needs the password', async () => {
    setRequestHeaders({ origin: TEST_ORIGIN, 'x-forwarded-for': '192.0.2.12' });
    await redirectOf(signIn({}, form({ email: EMAIL, password: PASSWORD, next: '/' })));
    await redirectOf(verifySignInCode({}, form({ code: await codeFor(secret), next: '/' })));
    expect((await disableTwoFactor({}, form({ password: 'wrong-password' }))).errors?.password).toBeDefined();
    expect((await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } })).twoFactorEnabled).toBe(true);
    expect(await disableTwoFactor({}, form({ password: PASSWORD }))).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } })).twoFactorEnabled).toBe(false);
    expect(await prisma.twoFactor.count()).toBe(0);
  });
});
