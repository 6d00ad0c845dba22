import { chooseGranularity } from '@/lib/dashboard/buckets';
import type { SessionUser } from '@/lib/auth/permissions';
import { fetchFlowSeries, fetchKeyFigures, fetchOrganizationActivity, fetchStockSeries, resolveDashboardScope } from '@/lib/dashboard/read';
import { percentile } from '@/bench/dashboard/run';
import { EMPTY_FILTERS, type DashboardFilters } from '@/lib/validation/filters';

export type BenchView = { name: string; filters: Partial<DashboardFilters>; reader?: SessionUser };

const TODAY = '2026-11-24';
const member: SessionUser = {
  id: 'bench',
  email: 'bench@example.org',
  name: 'Bench',
  memberships: [{ organizationId: 'synorg007', role: 'viewer' }],
};

/** The default view and filter combinations a coordinator would use, widest first. */
export const VIEWS: BenchView[] = [
  { name: 'default (last 90 days with data)', filters: {} },
  { name: 'all three years', filters: { from: '2021-01-01', to: '2023-12-31' } },
  { name: 'one year', filters: { from: '2022-01-01', to: '2022-12-31' } },
  { name: 'one week', filters: { from: '2023-06-05', to: '2023-06-11' } },
  { name: 'one day (?date=)', filters: { from: '2023-06-07', to: '2023-06-07' } },
  { name: 'odd range 2021-02-17..2023-08-09', filters: { from: '2021-02-17', to: '2023-08-09' } },
  { name: 'metric trucks, all years', filters: { from: '2021-01-01', to: '2023-12-31', metrics: ['trucks'] } },
  { name: 'stocks only, all years', filters: { from: '2021-01-01', to: '2023-12-31', metrics: ['camp_population', 'people_trapped'] } },
  { name: '1 place, all years', filters: { from: '2021-01-01', to: '2023-12-31', locations: ['synthplace-042'] } },
  {
    name: '10 places, default',
    filters: { locations: Array.from({ length: 10 }, (_, i) => `synthplace-${String(i * 37 + 1).padStart(3, '0')}`) },
  },
  {
    name: '50 places, one year',
    filters: {
      from: '2022-01-01',
      to: '2022-12-31',
      locations: Array.from({ length: 50 }, (_, i) => `synthplace-${String(i * 9 + 1).padStart(3, '0')}`),
    },
  },
  { name: '1 org, all years', filters: { from: '2021-01-01', to: '2023-12-31', orgs: ['synthetic-org-013'] } },
  { name: '1 org, default', filters: { orgs: ['synthetic-org-013'] } },
  {
    name: '3 orgs + 2 metrics, one year',
    filters: {
      from: '2022-01-01',
      to: '2022-12-31',
      orgs: ['synthetic-org-001', 'synthetic-org-002', 'synthetic-org-003'],
      metrics: ['trucks', 'camp_population'],
    },
  },
  {
    name: '1 org + 1 place + 1 metric, all years',
    filters: {
      from: '2021-01-01',
      to: '2023-12-31',
      orgs: ['synthetic-org-021'],
      locations: ['synthplace-021'],
      metrics: ['people_arrived'],
    },
  },
  { name: 'member with restricted facts, default', filters: {}, reader: member },
  {
    name: 'member with restricted facts, 1 metric, one year',
    filters: { from: '2022-01-01', to: '2022-12-31', metrics: ['people_departed'] },
    reader: member,
  },
];

/** Everything the page's widgets read for one view, as the page runs it (scope, then widgets in parallel). */
async function loadView(view: BenchView): Promise<string> {
  const scope = await resolveDashboardScope({ ...EMPTY_FILTERS, ...view.filters }, view.reader ?? null, TODAY);
  const granularity = chooseGranularity(scope.period);
  await Promise.all([
    fetchKeyFigures(scope),
    fetchFlowSeries(scope, granularity),
    fetchStockSeries(scope, granularity),
    fetchOrganizationActivity(scope),
  ]);
  return scope.memberOf.length ? 'rollup+overlay' : 'rollup';
}

export async function timeViews(views: BenchView[], runs: number) {
  for (const view of views) await loadView(view);
  const results = [];
  for (const view of views) {
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    let source = '';
    for (let run = 0; run < runs; run++) {
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      source = await loadView(view);
      const used = process.cpuUsage(cpu);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      cpuSamples.push((used.user + used.system) / 1000);
    }
    samples.sort((a, b) => a - b);
    cpuSamples.sort((a, b) => a - b);
    results.push({
      name: view.name,
      source,
      samples,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      cpuP50: percentile(cpuSamples, 50),
      cpuP95: percentile(cpuSamples, 95),
    });
  }
  return results;
}
