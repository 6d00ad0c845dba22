import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseKind, sqliteFilePath } from '@/lib/database-url';

/**
 * Backup and restore for both databases (docs/database.md). SQLite runs in WAL mode, so committed
 * data may still sit in the -wal file: copying sitrep.db alone can lose it or give a torn copy.
 * SQLite's online backup API copies a consistent snapshot while the app keeps running.
 * PostgreSQL uses pg_dump's custom format, restored by pg_restore in one transaction.
 */

export function defaultBackupFile(url: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join('backups', `sitrep-${stamp}.${databaseKind(url) === 'sqlite' ? 'db' : 'dump'}`);
}

export async function backupDatabase(url: string, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (databaseKind(url) === 'sqlite') {
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return;
  }
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${libpqUrl(url)}`]);
}

/** Replaces the database's contents with the backup's. Stop the app servers first. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (databaseKind(url) === 'sqlite') {
    const target = sqliteFilePath(url);
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    // Through the backup API, not a file copy: a copied file beside a leftover -wal file would get
    // that file's old pages replayed over it on the next open.
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    const restored = new Database(target);
    restored.pragma('journal_mode = WAL');
    restored.close();
    return;
  }
  run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${libpqUrl(url)}`,
    file,
  ]);
}

/** libpq (pg_dump, pg_restore) rejects Prisma-only URL parameters such as `schema`. */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('connection_limit');
  parsed.searchParams.delete('pool_timeout');
  return parsed.toString();
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(
      `${command} could not run (${result.error.message}). Install PostgreSQL's client tools, the same major version as the server or newer.`,
    );
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}
