import 'server-only';
import { COUNTABLE_FACT_SELECT } from '@/lib/facts/select';
import type { SessionUser } from '@/lib/auth/permissions';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { groupObservations, type CountableFact } from '@/lib/facts/counting';
import type { Measure, Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/** A drill-down fact's part in its figure: counted (drawn), spread (another source for the same metric, place and day), or alone. */
export type FactRole = 'counted' | 'spread' | 'alone';

/**
 * For the facts on a drill-down page, which one the choice rule (lib/facts/counting) draws in
 * each metric, place and day, among every fact the same filters and visibility let count there.
 */
export async function fetchFactRoles(
  factIds: string[],
  filters: DashboardFilters,
  reader: SessionUser | null,
): Promise<Map<string, FactRole>> {
  if (factIds.length === 0) return new Map();
  const shown = await prisma.fact.findMany({ where: { id: { in: factIds } }, select: { metric: true, locationId: true, date: true } });
  const rows = await prisma.fact.findMany({
    where: { AND: [buildFactWhere(filters, reader), { OR: shown.map(({ metric, locationId, date }) => ({ metric, locationId, date })) }] },
    select: COUNTABLE_FACT_SELECT,
  });
  const countable: CountableFact[] = rows.map((row) => ({
    ...row,
    metric: row.metric as Metric,
    measure: row.measure as Measure,
    publishedDate: row.report?.publishedDate ?? row.date,
    confirmedAt: row.reviewedAt?.toISOString() ?? '',
  }));
  const roles = new Map<string, FactRole>();
  for (const observation of groupObservations(countable)) {
    for (const fact of observation.facts)
      roles.set(fact.id, observation.facts.length === 1 ? 'alone' : fact.id === observation.factId ? 'counted' : 'spread');
  }
  return roles;
}
