/**
 * Dashboard benchmark: `npx tsx bench/dashboard/run.ts [--refill]`.
 * Fills bench/out/dashboard.db with 1,000,000 synthetic facts (once; --refill to redo), builds
 * the rollups, then times the dashboard's data functions for the default view and many filter
 * combinations (p50/p95 of the server time per view), and reads the first-load JS of `/` from
 * the build in .next-dashboard (or NEXT_DIST_DIR).
 */
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { runUnderReactServer } from '../react-server-child';

const FILE = path.resolve('bench/out/dashboard.db');
process.env.DATABASE_URL = `file:${FILE}`;

async function main(): Promise<void> {
  runUnderReactServer(__filename, 'BENCH_DASHBOARD_CHILD');
  const { prepareDatabase } = await import('./prepare');
  const { timeViews, VIEWS } = await import('./views');
  const { measureFirstLoadJs, measureServedFirstLoadJs } = await import('./bundle-size');
  if (process.argv.includes('--refill') || !existsSync(FILE)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(FILE + suffix, { force: true });
    await prepareDatabase(FILE);
  }
  console.log(
    `load average before: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  const results = await timeViews(VIEWS, Number(process.env.BENCH_RUNS ?? 15));
  // Wall time is what a reader waits; CPU time (this process, all threads: SQLite runs in it) is
  // what the view costs, and moves far less when other work shares the machine.
  console.log(
    `\nload average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}, ${cpus().length} CPUs`,
  );
  console.log('view | source | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms');
  for (const result of results)
    console.log(
      `${result.name} | ${result.source} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${result.cpuP50.toFixed(1)} | ${result.cpuP95.toFixed(1)}`,
    );
  const all = results.flatMap((result) => result.samples).sort((a, b) => a - b);
  console.log(
    `\nall views: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, worst view p95 ${Math.max(...results.map((r) => r.p95)).toFixed(1)} ms`,
  );
  const bundle = measureFirstLoadJs(process.env.NEXT_DIST_DIR ?? '.next-dashboard');
  console.log(
    bundle
      ? `JS of / per build manifests: ${bundle.files} files, ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped (${(bundle.rawBytes / 1024).toFixed(0)} KB raw)`
      : 'first-load JS: no build found; run next build first',
  );
  // With a server running (BENCH_BASE_URL=http://localhost:3112), measure what the HTML really loads.
  if (process.env.BENCH_BASE_URL) {
    const served = await measureServedFirstLoadJs(process.env.BENCH_BASE_URL, process.env.NEXT_DIST_DIR ?? '.next-dashboard');
    console.log(`first-load JS of / as served: ${served.files} scripts, ${(served.gzipBytes / 1024).toFixed(1)} KB gzipped`);
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
