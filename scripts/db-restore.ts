// `npm run db:restore -- FILE`: replaces DATABASE_URL's database with a backup. Stop the app first.
// The current contents are backed up beside the others before anything is overwritten.
import { existsSync } from 'node:fs';
import { loadEnvConfig } from '@next/env';
import { backupDatabase, defaultBackupFile, restoreDatabase } from '@/lib/backup';
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';

loadEnvConfig(process.cwd());
const url = resolveDatabaseUrl();
const file = process.argv[2];

async function main(): Promise<void> {
  if (!file || !existsSync(file)) throw new Error(`Give an existing backup file: npm run db:restore -- backups/sitrep-….${databaseKind(url) === 'sqlite' ? 'db' : 'dump'}`);
  const hasCurrent = databaseKind(url) === 'postgresql' || existsSync(sqliteFilePath(url));
  if (hasCurrent) {
    const safety = defaultBackupFile(url).replace('sitrep-', 'sitrep-before-restore-');
    await backupDatabase(url, safety);
    console.log(`Kept the current database in ${safety}.`);
  }
  await restoreDatabase(url, file);
  console.log(`Restored ${file}. Run \`npm run db:migrate\` if the backup is older than this version of Sitrep.`);
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
