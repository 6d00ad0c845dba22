/**
 * Issue 19, points 6 and 8: `npm run user:create` works while the server has the database open
 * and busy, and the membership it makes is audited. It runs on its own SQLite file (made with
 * `prisma migrate deploy`, as `npm run setup` does), because the failure was SQLite's locking.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

jest.setTimeout(180_000);
let folder: string;
let file: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'sitrep-user-create-'));
  file = path.join(folder, 'app.db');
  const migrated = spawnSync('node_modules/.bin/prisma', ['migrate', 'deploy'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  if (migrated.status !== 0) throw new Error(migrated.stderr);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function userCreate(email: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'user:create', '--', '--email', email, '--org', 'Fictional CLI Org', '--role', 'admin'], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${file}`,
        SITREP_USER_PASSWORD: 'cli-password-123',
        NODE_ENV: 'production',
        SITREP_ALLOW_DEV_SECRET: 'true',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

it('creates the account while another process (the server) reads and writes the same database', async () => {
  const server = new Database(file);
  server.pragma('journal_mode = WAL');
  // The server is reading in a long-lived connection, and holds the write lock for longer than the
  // script takes to start and longer than SQLite's busy timeout (5 s).
  server.prepare('SELECT count(*) AS n FROM "User"').get();
  server.exec('BEGIN IMMEDIATE');
  const released = new Promise((resolve) => setTimeout(() => resolve(server.exec('COMMIT')), 7_000));
  const result = await userCreate('cli-admin@example.org');
  await released;
  expect(result.output).toContain('Created cli-admin@example.org as admin of Fictional CLI Org.');
  expect(result.status).toBe(0);
  const user = server.prepare('SELECT "id" FROM "User" WHERE "email" = ?').get('cli-admin@example.org') as { id: string };
  const entries = server
    .prepare('SELECT "entityType", "action", "actorName", "organizationId", "after" FROM "AuditEntry" ORDER BY "createdAt"')
    .all() as Record<string, string>[];
  const org = server.prepare('SELECT "id" FROM "Organization" WHERE "name" = ?').get('Fictional CLI Org') as { id: string };
  expect(entries).toEqual([
    expect.objectContaining({ entityType: 'organization', action: 'create', organizationId: org.id }),
    expect.objectContaining({ entityType: 'membership', action: 'membership', actorName: 'npm run user:create', organizationId: org.id }),
  ]);
  expect(JSON.parse(entries[1].after)).toEqual({ email: 'cli-admin@example.org', organizationId: org.id, role: 'admin', newAccount: true });
  expect(user.id).toBeTruthy();
  server.close();
});

it('refuses, saying what to run, when the database lacks migrations', async () => {
  const db = new Database(file);
  db.exec(`UPDATE "_prisma_migrations" SET "rolled_back_at" = CURRENT_TIMESTAMP WHERE "migration_name" = '20261201060000_security'`);
  db.close();
  const result = await userCreate('late@example.org');
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/lacks 1 migration\(s\) \(20261201060000_security…\): run `npm run db:migrate` first; nothing was created/);
});
