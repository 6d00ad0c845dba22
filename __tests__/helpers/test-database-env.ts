/**
 * Jest `setupFiles` for integration tests: points DATABASE_URL at a fresh database for this
 * test file before any module creates the Prisma client. The database itself is created and
 * migrated by test-database-lifecycle.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const base = process.env.TEST_DATABASE_URL;
if (base && /^postgres(ql)?:\/\//.test(base)) {
  const name = `sitrep_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-test-'));
  process.env.DATABASE_URL = `file:${path.join(folder, 'test.db')}`;
}
process.env.BETTER_AUTH_SECRET ??= 'integration-test-secret-0123456789abcdef';
