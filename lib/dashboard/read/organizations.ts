import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { guarded } from '@/lib/data/guarded';
import { organizationCountsSql } from '@/lib/dashboard/read/sql';
import type { CountingScope } from '@/lib/dashboard/scope';
import { METRICS, type Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

export type OrganizationCount = {
  organizationId: string;
  name: string;
  shortName: string | null;
  slug: string;
  metric: Metric;
  factCount: number;
};

/**
 * Facts stated per organization and metric in the scope's period, most active first: from the
 * rollups plus the reader's restricted facts (counts add up: no deduplication here).
 */
export async function fetchOrganizationCounts(scope: CountingScope, metrics: readonly Metric[]): Promise<OrganizationCount[]> {
  if (metrics.length === 0) return [];
  const rows = await countRows(scope, metrics);
  const organizations = await fetchOrganizationsById([...new Set(rows.map((row) => row.sourceOrgId))]);
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const rank = nameRanks(organizations.map((organization) => organization.name));
  return rows
    .flatMap((row) => {
      const organization = byId.get(row.sourceOrgId);
      if (!organization) return [];
      return [
        {
          organizationId: organization.id,
          name: organization.name,
          shortName: organization.shortName,
          slug: organization.slug,
          metric: row.metric,
          factCount: row.factCount,
        },
      ];
    })
    .sort(
      (a, b) => b.factCount - a.factCount || rank.get(a.name)! - rank.get(b.name)! || METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric),
    );
}

/**
 * Alphabetical ranks (the order of localeCompare, whose comparisons cost ~10 µs each: a
 * three-year view sorts thousands of counts), equal names sharing a rank.
 */
function nameRanks(names: string[]): Map<string, number> {
  const collator = new Intl.Collator();
  const sorted = [...new Set(names)].sort(collator.compare);
  const ranks = new Map<string, number>();
  sorted.forEach((name, index) =>
    ranks.set(name, index > 0 && collator.compare(sorted[index - 1], name) === 0 ? ranks.get(sorted[index - 1])! : index),
  );
  return ranks;
}

type OrganizationName = { id: string; name: string; shortName: string | null; slug: string };

/** Raw SQL: Prisma's findMany with a long `in` list costs ~3x as much CPU (measured, 200 ids). */
async function fetchOrganizationsById(ids: string[]): Promise<OrganizationName[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.$queryRaw<OrganizationName[]>(
    Prisma.sql`SELECT "id", "name", "shortName", "slug" FROM "Organization" WHERE "id" IN (${Prisma.join(ids)})`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    shortName: row.shortName === null ? null : String(row.shortName),
    slug: String(row.slug),
  }));
}

type CountRow = { sourceOrgId: string; metric: Metric; factCount: number };

async function countRows(scope: CountingScope, metrics: readonly Metric[]): Promise<CountRow[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(organizationCountsSql(scope, metrics, scope.period));
  const { from, to } = scope.period;
  const extra = scope.overlay.filter((fact) => metrics.includes(fact.metric) && fact.date >= from && fact.date <= to);
  const counts = new Map<string, CountRow>();
  for (const row of rows)
    counts.set(`${row.sourceOrgId}|${row.metric}`, {
      sourceOrgId: String(row.sourceOrgId),
      metric: row.metric as Metric,
      factCount: Number(row.factCount),
    });
  for (const fact of extra) {
    const key = `${fact.sourceOrgId}|${fact.metric}`;
    const count = counts.get(key) ?? { sourceOrgId: fact.sourceOrgId, metric: fact.metric, factCount: 0 };
    counts.set(key, { ...count, factCount: count.factCount + 1 });
  }
  return [...counts.values()];
}

export type OrganizationActivity = {
  organizationId: string;
  name: string;
  shortName: string | null;
  slug: string;
  total: number;
  counts: Partial<Record<Metric, number>>;
};
const ORGANIZATIONS_DRAWN = 12;

/** Who reports what: the most active organizations with their facts per metric. */
export async function fetchOrganizationActivity(
  scope: CountingScope,
): Promise<{ organizations: OrganizationActivity[]; metrics: Metric[] }> {
  const counts = await guarded('fetchOrganizationActivity', () => fetchOrganizationCounts(scope, scope.metrics ?? METRICS));
  const byOrganization = new Map<string, OrganizationActivity>();
  for (const count of counts) {
    const entry = byOrganization.get(count.organizationId) ?? {
      organizationId: count.organizationId,
      name: count.name,
      shortName: count.shortName,
      slug: count.slug,
      total: 0,
      counts: {},
    };
    entry.total += count.factCount;
    entry.counts[count.metric] = (entry.counts[count.metric] ?? 0) + count.factCount;
    byOrganization.set(count.organizationId, entry);
  }
  const rank = nameRanks([...byOrganization.values()].map((organization) => organization.name));
  const organizations = [...byOrganization.values()]
    .sort((a, b) => b.total - a.total || rank.get(a.name)! - rank.get(b.name)!)
    .slice(0, ORGANIZATIONS_DRAWN);
  const metrics = METRICS.filter((metric) => organizations.some((organization) => organization.counts[metric]));
  return { organizations, metrics };
}

/** How many public figures each organization states, by id: the rollup's day level holds every public fact once. */
export async function fetchPublicFactCounts(): Promise<Map<string, number>> {
  const rows = await prisma.organizationMetricRollup.groupBy({ by: ['sourceOrgId'], where: { level: 'day' }, _sum: { factCount: true } });
  return new Map(rows.map((row) => [row.sourceOrgId, row._sum.factCount ?? 0]));
}
