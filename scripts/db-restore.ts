// `npm run db:restore -- FILE`: replaces DATABASE_URL's database with a backup. Stop the app first.
// The current contents are backed up beside the others before anything is overwritten.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { backupDatabase, defaultBackupFile, restoreDatabase } from '@/lib/backup';
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';

loadEnvConfig(process.cwd());
const url = resolveDatabaseUrl();
const file = process.argv[2];

async function main(): Promise<void> {
  if (!file || !existsSync(file))
    throw new Error(
      `Give an existing backup file: npm run db:restore -- backups/sitrep-….${databaseKind(url) === 'sqlite' ? 'db' : 'dump'}`,
    );
  const hasCurrent = databaseKind(url) === 'postgresql' || existsSync(sqliteFilePath(url));
  if (hasCurrent) {
    const safety = defaultBackupFile(url).replace('sitrep-', 'sitrep-before-restore-');
    await backupDatabase(url, safety);
    console.log(`Kept the current database in ${safety}.`);
  }
  await restoreDatabase(url, file);
  await auditRestore();
  console.log(`Restored ${file}. Run \`npm run db:migrate\` if the backup is older than this version of Sitrep.`);
}

/** The restore goes into the restored database's own audit trail (it replaced whatever was there). */
async function auditRestore(): Promise<void> {
  const { prisma } = await import('@/lib/prisma');
  const { recordAudit } = await import('@/lib/audit/record');
  try {
    await recordAudit(prisma, {
      entityType: 'database',
      entityId: 'database',
      action: 'restore',
      userId: null,
      actorName: 'npm run db:restore',
      organizationId: null,
      after: { file: path.basename(file) },
    });
  } catch (error) {
    // A backup older than the audit columns: `npm run db:migrate` first, then the restore can be noted by hand.
    console.warn(
      `The restore could not be written to the audit log (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
