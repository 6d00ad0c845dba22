import 'server-only';
import { guarded } from '@/lib/data/guarded';
import { fetchOverlayFacts } from '@/lib/data/dashboard-overlay';
import { organizationCountsSql } from '@/lib/data/dashboard-rollup-sql';
import type { CountingScope } from '@/lib/data/dashboard-sql';
import { METRICS, type Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

export type OrganizationCount = { organizationId: string; name: string; shortName: string | null; slug: string; metric: Metric; factCount: number };

/**
 * Facts stated per organization and metric in the scope's period, most active first: from the
 * rollups plus the reader's restricted facts (counts add up: no deduplication here).
 */
export async function fetchOrganizationCounts(scope: CountingScope, metrics: readonly Metric[]): Promise<OrganizationCount[]> {
  if (metrics.length === 0) return [];
  const rows = await countRows(scope, metrics);
  const organizations = await prisma.organization.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.sourceOrgId))] } },
    select: { id: true, name: true, shortName: true, slug: true },
  });
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  return rows
    .flatMap((row) => {
      const organization = byId.get(row.sourceOrgId);
      if (!organization) return [];
      return [{ organizationId: organization.id, name: organization.name, shortName: organization.shortName, slug: organization.slug, metric: row.metric, factCount: row.factCount }];
    })
    .sort((a, b) => b.factCount - a.factCount || a.name.localeCompare(b.name));
}

type CountRow = { sourceOrgId: string; metric: Metric; factCount: number };

async function countRows(scope: CountingScope, metrics: readonly Metric[]): Promise<CountRow[]> {
  if (scope.source === 'live') {
    const groups = await prisma.fact.groupBy({
      by: ['sourceOrgId', 'metric'],
      where: { AND: [scope.factWhere, { metric: { in: [...metrics] } }] },
      _count: { _all: true },
    });
    return groups.map((group) => ({ sourceOrgId: group.sourceOrgId, metric: group.metric as Metric, factCount: group._count._all }));
  }
  const [rows, extra] = await Promise.all([
    prisma.$queryRaw<Record<string, unknown>[]>(organizationCountsSql(scope, metrics, scope.period)),
    fetchOverlayFacts(scope, { metrics, period: scope.period, locationIds: scope.locationIds }),
  ]);
  const counts = new Map<string, CountRow>();
  for (const row of rows) counts.set(`${row.sourceOrgId}|${row.metric}`, { sourceOrgId: String(row.sourceOrgId), metric: row.metric as Metric, factCount: Number(row.factCount) });
  for (const fact of extra) {
    const key = `${fact.sourceOrgId}|${fact.metric}`;
    const count = counts.get(key) ?? { sourceOrgId: fact.sourceOrgId, metric: fact.metric, factCount: 0 };
    counts.set(key, { ...count, factCount: count.factCount + 1 });
  }
  return [...counts.values()];
}

export type OrganizationActivity = { organizationId: string; name: string; shortName: string | null; slug: string; total: number; counts: Partial<Record<Metric, number>> };
const ORGANIZATIONS_DRAWN = 12;

/** Who reports what: the most active organizations with their facts per metric. */
export async function fetchOrganizationActivity(scope: CountingScope): Promise<{ organizations: OrganizationActivity[]; metrics: Metric[] }> {
  const counts = await guarded('fetchOrganizationActivity', () => fetchOrganizationCounts(scope, scope.metrics ?? METRICS));
  const byOrganization = new Map<string, OrganizationActivity>();
  for (const count of counts) {
    const entry = byOrganization.get(count.organizationId) ?? { organizationId: count.organizationId, name: count.name, shortName: count.shortName, slug: count.slug, total: 0, counts: {} };
    entry.total += count.factCount;
    entry.counts[count.metric] = (entry.counts[count.metric] ?? 0) + count.factCount;
    byOrganization.set(count.organizationId, entry);
  }
  const organizations = [...byOrganization.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)).slice(0, ORGANIZATIONS_DRAWN);
  const metrics = METRICS.filter((metric) => organizations.some((organization) => organization.counts[metric]));
  return { organizations, metrics };
}
