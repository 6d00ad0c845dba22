// Empties the database and loads the example data again: `npm run db:reset`.
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadEnvConfig } from '@next/env';
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';

loadEnvConfig(process.cwd());
const url = resolveDatabaseUrl();

if (databaseKind(url) === 'sqlite') {
  const file = sqliteFilePath(url);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  console.log(`Removed ${file}.`);
} else {
  const reset = spawnSync('node_modules/.bin/prisma', ['migrate', 'reset', '--force', '--skip-seed'], { stdio: 'inherit' });
  if (reset.status !== 0) process.exit(reset.status ?? 1);
}
const setup = spawnSync(process.execPath, ['scripts/setup.mjs'], { stdio: 'inherit' });
process.exit(setup.status ?? 1);
