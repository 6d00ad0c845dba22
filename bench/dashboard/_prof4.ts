import path from 'node:path';
process.env.DATABASE_URL = `file:${path.resolve('bench/out/dashboard.db')}`;
async function main() {
  const { prisma } = await import('@/lib/prisma');
  const { VIEWS } = await import('./views');
  const { resolveDashboardScope, fetchKeyFigures, fetchFlowSeries, fetchStockSeries } = await import('@/lib/data/dashboard');
  const { fetchOrganizationActivity } = await import('@/lib/data/dashboard-organizations');
  const { chooseGranularity } = await import('@/lib/dashboard/buckets');
  const { EMPTY_FILTERS } = await import('@/lib/validation/filters');
  let log: string[] = [];
  for (const method of ['$queryRaw']) {
    const raw = (prisma as any)[method].bind(prisma);
    (prisma as any)[method] = async (q: any, ...rest: any[]) => { const c = process.cpuUsage(); const r = await raw(q, ...rest); const u = process.cpuUsage(c); log.push(`${((u.user + u.system) / 1000).toFixed(1).padStart(6)} cpu ${String(r.length).padStart(5)} rows ${q.values.length} params: ${q.sql.slice(0, 90).replace(/\s+/g, ' ')}`); return r; };
  }
  for (const view of VIEWS.filter((v) => process.argv.slice(2).some((n) => v.name.startsWith(n)))) {
    const run = async () => {
      const scope = await resolveDashboardScope({ ...EMPTY_FILTERS, ...view.filters }, view.reader ?? null, '2026-11-24');
      const g = chooseGranularity(scope.period);
      // sequential, to attribute CPU
      await fetchKeyFigures(scope); await fetchFlowSeries(scope, g); await fetchStockSeries(scope, g); await fetchOrganizationActivity(scope);
    };
    await run(); log = [];
    const c = process.cpuUsage(); await run(); const u = process.cpuUsage(c);
    console.log(view.name, ((u.user + u.system) / 1000).toFixed(1), 'ms cpu total'); console.log(log.join('\n'));
  }
}
main().then(() => process.exit(0));
