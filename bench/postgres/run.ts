/**
 * The dashboard and export benchmarks side by side on SQLite and PostgreSQL, on the same rows:
 * `npm run bench:databases -- [--facts 200000]`. Each benchmark's own generator fills a SQLite
 * file; the rows are copied into a throwaway PostgreSQL database; then each measurement runs in
 * its own process with DATABASE_URL pointing at one or the other. Writes bench/out/databases.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { fillSyntheticDatabase as fillDashboard, DEFAULT_SHAPE } from '@/bench/dashboard/synthetic-data';
import { fillSyntheticDatabase as fillExport } from '@/bench/export/fill';
import { createBenchDatabase } from '@/bench/concurrency/database';
import { migrateSqliteFile } from '@/__tests__/helpers/migrate';
import { copySqliteToPostgres } from './copy-to-postgres';

const EXPORT_FORMATS = ['csv', 'json', 'xlsx'];

function child(script: string, args: string[], url: string): Record<string, unknown> {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} on ${url.split(':')[0]} failed:\n${result.stderr.slice(-3000)}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

function tablesWithRows(file: string, skip: RegExp): string[] {
  const db = new Database(file, { readonly: true });
  const names = (
    db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'`)
      .all() as { name: string }[]
  ).map((row) => row.name);
  const withRows = names.filter((name) => !skip.test(name) && db.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get());
  db.close();
  return withRows;
}

async function onBoth(file: string, skip: RegExp, measure: (url: string) => Record<string, unknown>) {
  const pg = await createBenchDatabase('postgresql');
  try {
    const started = performance.now();
    const rows = await copySqliteToPostgres(file, pg.url, tablesWithRows(file, skip));
    console.log(`copied ${rows} rows to PostgreSQL in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return { sqlite: measure(`file:${file}`), postgresql: measure(pg.url) };
  } finally {
    await pg.drop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { facts: { type: 'string', default: '200000' } } });
  const facts = Number(values.facts);
  const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-databases-'));
  try {
    const dashboardFile = path.join(folder, 'dashboard.db');
    migrateSqliteFile(dashboardFile);
    fillDashboard(dashboardFile, { ...DEFAULT_SHAPE, facts });
    const dashboard = await onBoth(dashboardFile, /Rollup$/, (url) => child(path.join(__dirname, 'dashboard-child.ts'), [], url));
    const exportFile = path.join(folder, 'export.db');
    fillExport({ file: exportFile, facts });
    const exports = await onBoth(exportFile, /Rollup$/, (url) =>
      Object.fromEntries(EXPORT_FORMATS.map((format) => [format, child(path.join(__dirname, '../export/measure.ts'), [format], url)])),
    );
    const report = { facts, dashboard, exports };
    mkdirSync('bench/out', { recursive: true });
    writeFileSync('bench/out/databases.json', JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
