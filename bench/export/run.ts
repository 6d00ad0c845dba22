import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fillSyntheticDatabase } from './fill';

/**
 * Export benchmark: `npx tsx bench/export/run.ts [--facts 1000000] [--keep]`. Fills a temp
 * SQLite file with synthetic facts, then runs each export in a fresh process and prints rows/s
 * (wall and per CPU-second: on a shared machine the wall clock mostly measures the neighbours),
 * time to first byte, the process's RSS before the export and its peak, and the load average.
 * Set BENCH_DB=/path/to.db to reuse a filled database; --formats csv,json to pick formats.
 */
const FORMATS = ['csv', 'json', 'xlsx'];

function main(): void {
  const facts = Number(argument('--facts') ?? 1_000_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-export-'));
  const file = process.env.BENCH_DB ?? path.join(folder, 'bench.db');
  if (!existsSync(file)) {
    const started = performance.now();
    fillSyntheticDatabase({ file, facts });
    console.log(`Filled ${facts.toLocaleString('en')} synthetic facts in ${((performance.now() - started) / 1000).toFixed(1)} s (${file})`);
  }
  const visible = countVisible(file);
  console.log(`Visible to an anonymous reader: ${visible.toLocaleString('en')} facts\n`);
  console.log(`Node ${process.version}, ${cpus().length} CPUs; load average (1 min) before and after each format is in the table.\n`);
  console.log(
    'format | rows/s (wall) | rows per CPU-second | total s | CPU s | first byte ms | baseline RSS MB | peak RSS MB | size MB | load avg',
  );
  console.log('---|---:|---:|---:|---:|---:|---:|---:|---:|---');
  // The PDF is not measured here: under tsx, react-pdf's ESM dependencies fail to resolve; its cost is the md pass plus rendering.
  const formats = argument('--formats')?.split(',') ?? [...FORMATS, ...(process.argv.includes('--summaries') ? ['md'] : [])];
  for (const format of formats) {
    const loadBefore = loadavg()[0];
    const result = measure(format, file);
    const rate = (ms: number) => Math.round(visible / (ms / 1000)).toLocaleString('en');
    console.log(
      `${format} | ${rate(result.totalMs)} | ${rate(result.cpuMs)} | ${(result.totalMs / 1000).toFixed(1)} | ${(result.cpuMs / 1000).toFixed(1)} | ${Math.round(result.firstByteMs)} | ${Math.round(result.baselineRssMb)} | ${Math.round(result.peakRssMb)} | ${(result.bytes / 1_048_576).toFixed(1)} | ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
    );
  }
  if (!process.argv.includes('--keep') && !process.env.BENCH_DB) rmSync(folder, { recursive: true, force: true });
}

type Measurement = { firstByteMs: number; totalMs: number; cpuMs: number; bytes: number; baselineRssMb: number; peakRssMb: number };

function measure(format: string, file: string): Measurement {
  // react-server condition: lets the server-only modules load outside Next, as they do inside it.
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'measure.ts'), format], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${format} export failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

function countVisible(file: string): number {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare("SELECT COUNT(*) AS n FROM Fact WHERE status = 'confirmed' AND deletedAt IS NULL AND sensitivity = 'public'")
    .get() as { n: number };
  db.close();
  return row.n;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main();
