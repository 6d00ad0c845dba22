import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';

/** What anyone may read: confirmed, not deleted, not restricted. */
export const PUBLIC_FACT_WHERE = visibleConfirmedFactsWhere(null);

export const FACT_ROW_SELECT = {
  id: true,
  metric: true,
  low: true,
  high: true,
  qualifier: true,
  unit: true,
  date: true,
  datePrecision: true,
  locationText: true,
  excerpt: true,
  location: { select: { name: true, slug: true } },
  sourceOrg: { select: { name: true, shortName: true, slug: true } },
  report: { select: { id: true, title: true } },
  sourceTitle: true,
  sourceUrl: true,
} satisfies Prisma.FactSelect;

export type FactRow = Prisma.FactGetPayload<{ select: typeof FACT_ROW_SELECT }>;

/** The most recent confirmed public facts, newest day first. */
export async function fetchLatestFacts(limit = 50): Promise<FactRow[]> {
  try {
    return await prisma.fact.findMany({
      where: PUBLIC_FACT_WHERE,
      select: FACT_ROW_SELECT,
      orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
      take: limit,
    });
  } catch (error) {
    console.error('fetchLatestFacts failed', error);
    throw new Error('Could not load the latest figures.');
  }
}
