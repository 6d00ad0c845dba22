import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Applies the committed migrations in order, as `prisma migrate deploy` would, to a new SQLite file. */
export function migrateSqliteFile(file: string, migrationsDir = path.join(process.cwd(), 'prisma/migrations')): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    for (const folder of readdirSync(migrationsDir).filter((name) => !name.endsWith('.toml')).sort()) {
      db.exec(readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'));
    }
  } finally {
    db.close();
  }
}
