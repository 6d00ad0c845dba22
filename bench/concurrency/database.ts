/**
 * Throwaway databases for the concurrency bench: one per run, migrated with the committed
 * migrations, removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createPostgresDatabase, dropPostgresDatabase } from '@/__tests__/helpers/postgres';
import { migrateSqliteFile } from '@/__tests__/helpers/migrate';

export type BenchDatabase = { url: string; kind: 'sqlite' | 'postgresql'; drop: () => Promise<void> };

export async function createBenchDatabase(kind: 'sqlite' | 'postgresql'): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
    const file = path.join(folder, 'bench.db');
    migrateSqliteFile(file);
    return { url: `file:${file}`, kind, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const url = new URL(process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/sitrep_bench_${randomBytes(5).toString('hex')}`;
  await createPostgresDatabase(url.toString());
  return { url: url.toString(), kind, drop: () => dropPostgresDatabase(url.toString()) };
}

/** Sessions still open on the database, and lock requests still waiting: both must be zero. */
export async function leftHanging(database: BenchDatabase): Promise<{ openTransactions: number; waitingLocks: number }> {
  if (database.kind === 'sqlite') return { openTransactions: 0, waitingLocks: 0 };
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const name = new URL(database.url).pathname.slice(1);
    const open = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
      [name],
    );
    const waiting = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_locks WHERE NOT granted`);
    return { openTransactions: Number(open.rows[0].n), waitingLocks: Number(waiting.rows[0].n) };
  } finally {
    await client.end();
  }
}
