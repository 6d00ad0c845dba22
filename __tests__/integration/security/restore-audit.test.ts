/** Issue 19, point 6: `npm run db:restore` is recorded in the restored database's audit trail. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqliteFile } from '@/__tests__/helpers/migrate';

jest.setTimeout(120_000);
const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-restore-audit-'));
// db:restore keeps the replaced database in ./backups; the copy this test makes is removed afterwards.
const listBackups = () => (existsSync('backups') ? readdirSync('backups') : []);
const before = new Set(listBackups());
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const name of listBackups()) if (!before.has(name)) rmSync(path.join('backups', name));
});

it('writes a restore entry naming the backup file', () => {
  const backup = path.join(folder, 'sitrep-backup.db');
  const target = path.join(folder, 'app.db');
  migrateSqliteFile(backup);
  migrateSqliteFile(target);
  const result = spawnSync('npm', ['run', '-s', 'db:restore', '--', backup], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${target}` },
  });
  expect(result.status).toBe(0);
  const db = new Database(target, { readonly: true });
  const entries = db.prepare('SELECT "entityType", "action", "actorName", "after" FROM "AuditEntry"').all();
  db.close();
  expect(entries).toEqual([
    { entityType: 'database', action: 'restore', actorName: 'npm run db:restore', after: JSON.stringify({ file: 'sitrep-backup.db' }) },
  ]);
});
