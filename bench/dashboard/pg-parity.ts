/**
 * Portability check: `PG_PARITY_URL=postgresql://user@host:port/db npx tsx bench/dashboard/pg-parity.ts`.
 * Builds the same small random data set in a fresh SQLite file and a fresh PostgreSQL database,
 * runs the rollup rebuild on both, then runs every dashboard query builder (rollup, overlay and
 * live SQL, for several filter combinations) on both and compares the rows. Not part of the test
 * suite (it needs a PostgreSQL server); run it after changing dashboard SQL.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

const SQLITE_FILE = path.resolve('bench/out/pg-parity.db');
process.env.DATABASE_URL = `file:${SQLITE_FILE}`;

async function main(): Promise<void> {
  if (!process.env.BENCH_DASHBOARD_CHILD) {
    const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', __filename], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_DASHBOARD_CHILD: '1' },
    });
    process.exit(child.status ?? 1);
  }
  const url = process.env.PG_PARITY_URL;
  if (!url) throw new Error('Set PG_PARITY_URL to a PostgreSQL server where a scratch database may be created.');
  const { migrateSqliteFile } = await import('@/__tests__/helpers/migrate');
  const { parityQueries } = await import('./pg-parity-queries');
  const { REBUILD_DASHBOARD_ROLLUPS_SQL } = await import('@/lib/dashboard/write/rebuild');
  const { parityData } = await import('./pg-parity-data');
  for (const suffix of ['', '-wal', '-shm']) rmSync(SQLITE_FILE + suffix, { force: true });
  migrateSqliteFile(SQLITE_FILE);
  const sqlite = new Database(SQLITE_FILE);
  const database = `sitrep_parity_${process.pid}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const target = new URL(url);
  target.pathname = `/${database}`;
  const pg = new Client({ connectionString: target.toString() });
  await pg.connect();
  try {
    await pg.query(postgresSchema());
    for (const [sql, values] of parityData()) {
      sqlite.prepare(sql.replace(/\$\d+/g, '?')).run(...values);
      await pg.query(sql, values);
    }
    for (const statement of REBUILD_DASHBOARD_ROLLUPS_SQL) {
      sqlite.exec(statement);
      await pg.query(statement);
    }
    let differences = 0;
    for (const [name, query] of parityQueries()) {
      const left = normalize(sqlite.prepare(query.sql).all(...query.values.map(sqliteValue)) as Record<string, unknown>[]);
      const right = normalize((await pg.query(query.text, query.values as unknown[])).rows);
      const same = JSON.stringify(left) === JSON.stringify(right);
      if (!same) differences++;
      console.log(`${same ? 'same' : 'DIFFERENT'} ${String(left.length).padStart(4)} rows  ${name}`);
      if (!same) console.log('  sqlite:', JSON.stringify(left.slice(0, 3)), '\n  pg:    ', JSON.stringify(right.slice(0, 3)));
    }
    console.log(differences === 0 ? 'SQLite and PostgreSQL agree on every query.' : `${differences} queries differ.`);
    if (differences > 0) process.exitCode = 1;
  } finally {
    await pg.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    sqlite.close();
  }
}

/** The PostgreSQL DDL of prisma/schema.prisma (provider switched), from Prisma itself. */
function postgresSchema(): string {
  const schema = path.resolve('bench/out/pg-parity.prisma');
  const text = readFileSync('prisma/schema.prisma', 'utf8').replace('provider = "sqlite"', 'provider = "postgresql"');
  writeFileSync(schema, text);
  const diff = spawnSync('npx', ['prisma', 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', schema, '--script'], {
    encoding: 'utf8',
  });
  if (diff.status !== 0) throw new Error(diff.stderr);
  return diff.stdout;
}

function sqliteValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Rows as comparable JSON: numbers as numbers, timestamps as ISO strings, sorted. */
function normalize(rows: Record<string, unknown>[]): string[] {
  return rows
    .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalizeValue(value)]))))
    .sort();
}

function normalizeValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(value).toISOString();
  return value;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
