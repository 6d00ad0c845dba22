// `npm run db:backup [-- FILE]`: a consistent backup of DATABASE_URL's database, safe while Sitrep runs.
import { loadEnvConfig } from '@next/env';
import { backupDatabase, defaultBackupFile } from '@/lib/backup';
import { resolveDatabaseUrl } from '@/lib/database-url';

loadEnvConfig(process.cwd());
const url = resolveDatabaseUrl();
const file = process.argv[2] ?? defaultBackupFile(url);

backupDatabase(url, file)
  .then(() => console.log(`Backed up to ${file}.`))
  .catch((error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
