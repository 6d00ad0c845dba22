/**
 * Dashboard benchmark: `npx tsx bench/dashboard/run.ts [--refill]`.
 * Fills bench/out/dashboard.db with 1,000,000 synthetic facts (once; --refill to redo), builds
 * the rollups, then times the dashboard's data functions for the default view and many filter
 * combinations (p50/p95 of the server time per view), and reads the first-load JS of `/` from
 * the build in .next-dashboard (or NEXT_DIST_DIR).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve('bench/out/dashboard.db');
process.env.DATABASE_URL = `file:${FILE}`;

async function main(): Promise<void> {
  // lib/data modules import 'server-only', which resolves to an empty module only under the
  // react-server condition (as in Next's server): run the benchmark in a child that has it.
  if (!process.env.BENCH_DASHBOARD_CHILD) {
    const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', __filename, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, BENCH_DASHBOARD_CHILD: '1' } });
    process.exit(child.status ?? 1);
  }
  const { prepareDatabase } = await import('./prepare');
  const { timeViews, VIEWS } = await import('./views');
  const { measureFirstLoadJs } = await import('./bundle-size');
  if (process.argv.includes('--refill') || !existsSync(FILE)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(FILE + suffix, { force: true });
    await prepareDatabase(FILE);
  }
  const results = await timeViews(VIEWS, Number(process.env.BENCH_RUNS ?? 15));
  console.log('\nview | source | p50 ms | p95 ms');
  for (const result of results) console.log(`${result.name} | ${result.source} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)}`);
  const all = results.flatMap((result) => result.samples).sort((a, b) => a - b);
  console.log(`\nall views: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, worst view p95 ${Math.max(...results.map((r) => r.p95)).toFixed(1)} ms`);
  const bundle = measureFirstLoadJs(process.env.NEXT_DIST_DIR ?? '.next-dashboard');
  console.log(bundle ? `first-load JS of /: ${bundle.files} files, ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped (${(bundle.rawBytes / 1024).toFixed(0)} KB raw)` : 'first-load JS: no build found; run next build first');
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

if (require.main === module) main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
