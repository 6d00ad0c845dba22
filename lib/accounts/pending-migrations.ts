import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/database';
import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';

/**
 * Committed migrations the database has not applied, by name. Scripts that run beside the
 * server check this instead of running `prisma migrate deploy`, which locks the database.
 */
export async function pendingMigrations(db: Db, url = resolveDatabaseUrl()): Promise<string[]> {
  const folder = databaseKind(url) === 'postgresql' ? 'prisma/pg/migrations' : 'prisma/migrations';
  const committed = readdirSync(path.join(process.cwd(), folder)).filter((name) => !name.endsWith('.toml'));
  let applied: { migration_name: string }[];
  try {
    applied = await db.$queryRawUnsafe(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    );
  } catch {
    // No migration table: this database was never migrated.
    applied = [];
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return committed.filter((name) => !done.has(name)).sort();
}
