import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { FACT_ROW_SELECT, type FactRow } from '@/lib/data/facts';
import { guarded } from '@/lib/data/guarded';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

export const FACTS_PER_PAGE = 50;

/** The facts behind a card, bar or point: the same filters and visibility as the dashboard. */
export async function fetchFactsBehind(
  filters: DashboardFilters,
  reader: SessionUser | null,
  page = 1,
): Promise<{ facts: FactRow[]; total: number }> {
  return guarded(
    'fetchFactsBehind',
    async () => {
      const where = buildFactWhere(filters, reader);
      const [facts, total] = await Promise.all([
        prisma.fact.findMany({
          where,
          select: FACT_ROW_SELECT,
          orderBy: [{ date: 'desc' }, { metric: 'asc' }, { id: 'asc' }],
          take: FACTS_PER_PAGE,
          skip: (page - 1) * FACTS_PER_PAGE,
        }),
        prisma.fact.count({ where }),
      ]);
      return { facts, total };
    },
    'the figures behind this number',
  );
}
