import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Applies the committed migrations in order, as `prisma migrate deploy` would, to a new SQLite file. */
export function migrateSqliteFile(file: string, migrationsDir = path.join(process.cwd(), 'prisma/migrations')): void {
  // Benches write under bench/out, which a fresh clone does not have.
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    for (const folder of readdirSync(migrationsDir)
      .filter((name) => !name.endsWith('.toml'))
      .sort()) {
      db.exec(readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'));
    }
  } finally {
    db.close();
  }
}

/**
 * The backfill of the latest migration that rebuilds the dashboard rollups (the statements after
 * its "-- Backfill:" line), for the database DATABASE_URL points at.
 */
export function latestRollupBackfill(kind: 'sqlite' | 'postgresql'): string[] {
  const dir = path.join(process.cwd(), kind === 'sqlite' ? 'prisma/migrations' : 'prisma/pg/migrations');
  const sql = readdirSync(dir)
    .filter((name) => !name.endsWith('.toml'))
    .sort()
    .map((folder) => readFileSync(path.join(dir, folder, 'migration.sql'), 'utf8'))
    .filter((text) => text.includes('-- Backfill:') && text.includes('"ObservationRollup"'))
    .at(-1);
  if (!sql) throw new Error('No migration backfills the rollups.');
  const backfill = sql.slice(sql.indexOf('-- Backfill:'));
  return backfill
    .slice(backfill.indexOf('\n') + 1)
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
