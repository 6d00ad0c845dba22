/**
 * Runs inside a process whose DATABASE_URL is the database to measure (react-server condition,
 * as in Next): rebuilds the dashboard rollups there, then times bench/dashboard's views.
 * Prints one JSON line.
 */
async function main(): Promise<void> {
  // bench/dashboard/run.ts (imported by views.ts) points DATABASE_URL at its own SQLite file when
  // loaded; put this process's URL back before anything opens the database.
  const url = process.env.DATABASE_URL;
  const { timeViews, VIEWS } = await import('@/bench/dashboard/views');
  process.env.DATABASE_URL = url;
  const { prisma } = await import('@/lib/prisma');
  const { rebuildDashboardRollups } = await import('@/lib/dashboard/write/rebuild');
  const started = performance.now();
  await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx), { timeout: 900_000 });
  await prisma.$executeRawUnsafe('ANALYZE');
  const rollupSeconds = (performance.now() - started) / 1000;
  const results = await timeViews(VIEWS, Number(process.env.BENCH_RUNS ?? 7));
  const views = results.map((result) => ({ name: result.name, source: result.source, p50: result.p50, p95: result.p95 }));
  console.log(JSON.stringify({ rollupSeconds, views }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
