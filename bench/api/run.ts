/**
 * Read API benchmark: `npx tsx bench/api/run.ts [--facts 200000] [--refill]`. Fills
 * bench/out/api.db with synthetic facts (once) and the dashboard's rollups, then calls the
 * /api/v1 route handlers in this process and prints the median and p90 wall and CPU time per
 * request (CPU: this process, SQLite included; on a shared machine wall time mostly measures the
 * neighbours).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { runUnderReactServer } from '../react-server-child';

const FILE = path.resolve('bench/out/api.db');
process.env.DATABASE_URL = `file:${FILE}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function main(): Promise<void> {
  runUnderReactServer(__filename, 'BENCH_API_CHILD');
  if (process.argv.includes('--refill') || !existsSync(FILE)) await prepare(Number(argument('--facts') ?? 200_000));
  const routes = {
    facts: (await import('@/app/api/v1/facts/route')).GET,
    observations: (await import('@/app/api/v1/observations/route')).GET,
    locations: (await import('@/app/api/v1/locations/route')).GET,
  };
  const second = await call(routes.facts, '/api/v1/facts?limit=500');
  const cases: [keyof typeof routes, string][] = [
    ['facts', '/api/v1/facts?limit=500'],
    ['facts', `/api/v1/facts?limit=500&cursor=${second.nextCursor}`],
    ['facts', '/api/v1/facts?limit=500&metric=trucks&from=2022-01-01&to=2022-12-31'],
    ['observations', '/api/v1/observations?limit=100'],
    ['observations', '/api/v1/observations?limit=500&from=2023-01-01&to=2023-12-31'],
    ['locations', '/api/v1/locations?limit=500'],
  ];
  console.log(`load average before: ${loadavg()[0].toFixed(2)}; ${RUNS} runs each after one warm-up\n`);
  console.log('request | items | wall p50 ms | wall p90 ms | CPU p50 ms | CPU p90 ms');
  console.log('---|---:|---:|---:|---:|---:');
  for (const [route, url] of cases) {
    const body = await call(routes[route], url);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      await call(routes[route], url);
      walls.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
    }
    const items = (body[route] as unknown[]).length;
    const label = url.replace(/cursor=[^&]+/, 'cursor=(page 2)');
    console.log(`${label} | ${items} | ${q(walls, 0.5)} | ${q(walls, 0.9)} | ${q(cpus, 0.5)} | ${q(cpus, 0.9)}`);
  }
  console.log(`\nload average after: ${loadavg()[0].toFixed(2)}`);
}

async function call(get: (request: Request) => Promise<Response>, url: string): Promise<Record<string, unknown>> {
  const response = await get(new Request(`http://localhost:3000${url}`));
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function prepare(facts: number): Promise<void> {
  mkdirSync(path.dirname(FILE), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(FILE + suffix, { force: true });
  const { migrateSqliteFile } = await import('@/__tests__/helpers/migrate');
  const { DEFAULT_SHAPE, fillSyntheticDatabase } = await import('@/bench/dashboard/synthetic-data');
  const { rebuildDashboardRollups } = await import('@/lib/dashboard/write/rebuild');
  const { prisma } = await import('@/lib/prisma');
  migrateSqliteFile(FILE);
  const filled = fillSyntheticDatabase(FILE, { ...DEFAULT_SHAPE, facts });
  await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx), { timeout: 600_000 });
  await prisma.$executeRawUnsafe('ANALYZE');
  console.log(`filled ${filled.facts.toLocaleString('en')} synthetic facts and built the rollups`);
}

function q(values: number[], quantile: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))].toFixed(1);
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
