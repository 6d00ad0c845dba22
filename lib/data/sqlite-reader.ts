import 'server-only';
import Database from 'better-sqlite3';
import type { Prisma } from '@/lib/generated/prisma/client';
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';

/**
 * A read-only better-sqlite3 connection for bulk exports on SQLite. Prisma's adapter turns each
 * row into several intermediate objects; for a million-row export that costs more than the
 * query itself. Reads only, on its own connection (WAL lets it run beside the app's writes);
 * every write still goes through the one Prisma client. Null when the database is PostgreSQL.
 */
export type SqliteReader = { all: <T>(query: Prisma.Sql) => T[]; close: () => void };

export function openSqliteReader(): SqliteReader | null {
  const url = resolveDatabaseUrl();
  if (databaseKind(url) !== 'sqlite') return null;
  const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    all: <T>(query: Prisma.Sql) => db.prepare(query.sql).all(...query.values) as T[],
    close: () => db.close(),
  };
}
