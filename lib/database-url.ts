/**
 * Which database Sitrep talks to, decided once from DATABASE_URL: a `postgres(ql)://` URL means
 * PostgreSQL, a `file:` URL (or none) means the embedded SQLite file under data/.
 * Shared by the app, the Prisma CLI config and the scripts so they never disagree.
 */
export const DEFAULT_SQLITE_URL = 'file:./data/sitrep.db';

export type DatabaseKind = 'sqlite' | 'postgresql';

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(':')[0]}:".`);
}

/** The SQLite file path of a `file:` URL, relative paths resolved against the working folder. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, '');
}
