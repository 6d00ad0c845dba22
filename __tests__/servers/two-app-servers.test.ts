/**
 * Stateless app servers: two `next start` processes on ONE PostgreSQL database, as behind a load
 * balancer. Whatever one server writes or remembers (sessions, rate-limit counters, members) the
 * other must see, because nothing that matters lives in a process's memory.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/sign-in-policy';
import { callFormAction, ensureBuild, runScript, serverActionId, startServer, stopServer, type AppServer } from './app-server';

const ADMIN = { email: 'admin@servers.example', password: 'two-servers-admin-password' };
const PORTS = [Number(process.env.SERVERS_PORT_A ?? 3118), Number(process.env.SERVERS_PORT_B ?? 3119)];

const databaseUrl = (() => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/sitrep_servers_${randomBytes(5).toString('hex')}`;
  return url.toString();
})();
const admin = new Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
let db: Client;
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${new URL(databaseUrl).pathname.slice(1)}"`);
  const env = {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: 'two-servers-test-secret-0123456789abcdef',
    SITREP_ADMIN_EMAIL: ADMIN.email,
    SITREP_ADMIN_PASSWORD: ADMIN.password,
    SITREP_TRUSTED_ORIGINS: PORTS.map((port) => `http://localhost:${port}`).join(','),
  };
  runScript(['scripts/setup.mjs'], env);
  ensureBuild();
  [a, b] = await Promise.all(PORTS.map((port) => startServer(port, env)));
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
}, 600_000);

afterAll(async () => {
  stopServer(a);
  stopServer(b);
  await db?.end();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
}, 60_000);

async function signIn(server: AppServer, email: string, password: string, address = '198.51.100.1'): Promise<Response> {
  return fetch(`${server.origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin, 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

async function sessionEmail(server: AppServer, cookie: string): Promise<string | null> {
  const response = await fetch(`${server.origin}/api/auth/get-session`, { headers: { cookie } });
  const session = (await response.json()) as { user?: { email: string } } | null;
  return session?.user?.email ?? null;
}

describe('two app servers on one PostgreSQL database', () => {
  it('signs in on one server and is signed in on the other; signing out on either ends it on both', async () => {
    const response = await signIn(a, ADMIN.email, ADMIN.password);
    expect(response.status).toBe(200);
    const cookie = cookieOf(response);
    expect(await sessionEmail(b, cookie)).toBe(ADMIN.email);
    const signOut = await fetch(`${b.origin}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: b.origin, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(signOut.status).toBe(200);
    expect(await sessionEmail(a, cookie)).toBeNull();
  });

  it('a member added through one server is listed by, and can sign in on, the other', async () => {
    const cookie = cookieOf(await signIn(a, ADMIN.email, ADMIN.password));
    const { rows } = await db.query<{ id: string }>(
      `SELECT "organizationId" AS id FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
      [ADMIN.email],
    );
    const member = { email: 'editor@servers.example', name: 'Two Servers Editor', password: 'editor-initial-password', role: 'editor' };
    const reply = await callFormAction(
      a,
      '/members',
      serverActionId('lib/actions/members.ts', 'addMember'),
      { organizationId: rows[0].id, ...member },
      cookie,
    );
    expect(reply).toContain('editor@servers.example is now editor');

    const page = await fetch(`${b.origin}/members`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('editor@servers.example');
    const memberSignIn = await signIn(b, member.email, member.password);
    expect(memberSignIn.status).toBe(200);
    expect(await sessionEmail(a, cookieOf(memberSignIn))).toBe(member.email);
  });

  it('counts failed sign-ins across both servers, so alternating between them does not reset the limit', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT + 2; attempt += 1) {
      const response = await signIn(attempt % 2 === 0 ? a : b, ADMIN.email, 'wrong-password-guess');
      statuses.push(response.status);
    }
    expect(statuses.slice(0, MAX_FAILURES_PER_ACCOUNT).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(MAX_FAILURES_PER_ACCOUNT)).toEqual([429, 429]);
    // The counter is a database row, not a per-process number.
    const { rows } = await db.query<{ count: number }>(`SELECT count FROM "RateLimit" WHERE key = $1`, [
      `sign-in:email:${ADMIN.email.toLowerCase()}`,
    ]);
    expect(rows).toEqual([{ count: MAX_FAILURES_PER_ACCOUNT }]);
  });
});
