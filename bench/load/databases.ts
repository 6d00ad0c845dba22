/**
 * The load bench's databases, kept in bench/out between runs (filling 1,000,000 facts takes
 * minutes): a SQLite file filled by the dashboard bench's generator, and a PostgreSQL copy of
 * the same rows. Both get the bench's editors (members of the first synthetic organization).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { migrateSqliteFile } from '@/__tests__/helpers/migrate';
import { createPostgresDatabase, dropPostgresDatabase } from '@/__tests__/helpers/postgres';
import { DEFAULT_SHAPE, fillSyntheticDatabase } from '@/bench/dashboard/synthetic-data';
import { copySqliteToPostgres } from '@/bench/postgres/copy-to-postgres';

export const EDITOR_PASSWORD = 'load-bench-editor-password';
export const EDITOR_ORGANIZATION = 'Synthetic Org 001';
export const EDITORS = 10;

export const editorEmail = (index: number) => `load-editor${index}@bench.example`;

export function sqliteFile(facts: number): string {
  return path.resolve(`bench/out/load-${facts}.db`);
}

export function postgresUrl(facts: number): string {
  const url = new URL(process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/sitrep_load_${facts}`;
  return url.toString();
}

/** Rollups and editors. lib/prisma reads DATABASE_URL once on import: one database per process (prepare.ts). */
async function finish(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const { createPrisma } = await import('@/lib/prisma');
  const { rebuildDashboardRollups } = await import('@/lib/dashboard/write/rebuild');
  const { createMember } = await import('@/lib/accounts/create-user');
  const prisma = createPrisma(url);
  await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx), { timeout: 1_800_000 });
  for (let index = 0; index < EDITORS; index += 1)
    await createMember(prisma, { email: editorEmail(index), password: EDITOR_PASSWORD, organization: EDITOR_ORGANIZATION, role: 'editor' });
  await prisma.$executeRawUnsafe('ANALYZE');
  await prisma.$disconnect();
}

export async function prepareSqlite(facts: number): Promise<string> {
  const file = sqliteFile(facts);
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.filling`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  migrateSqliteFile(partial);
  const started = Date.now();
  fillSyntheticDatabase(partial, { ...DEFAULT_SHAPE, facts });
  console.log(`filled ${facts} facts in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await finish(`file:${partial}`);
  renameSync(partial, file);
  console.log(`rollups and editors ready: ${file} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return file;
}

async function postgresExists(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const name = new URL(url).pathname.slice(1);
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  await client.end();
  return Boolean(rowCount);
}

/** Copies the SQLite rows (not the rollups, which are rebuilt) into a fresh PostgreSQL database. */
export async function preparePostgres(facts: number): Promise<string> {
  const url = postgresUrl(facts);
  if (await postgresExists(url)) return url;
  const file = await prepareSqlite(facts);
  const started = Date.now();
  await createPostgresDatabase(url);
  try {
    const rows = await copySqliteToPostgres(file, url, ['Organization', 'Location', 'Report', 'Fact']);
    console.log(`copied ${rows} rows to PostgreSQL in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await finish(url);
  } catch (error) {
    // A half-copied database would be taken for a ready one by the next run.
    await dropPostgresDatabase(url);
    throw error;
  }
  return url;
}
