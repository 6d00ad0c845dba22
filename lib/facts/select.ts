import type { Prisma } from '@/lib/generated/prisma/client';

/** What every view of one figure reads: the value as stated, where, when and the sentence it came from. */
export const FACT_FIGURE_SELECT = {
  metric: true,
  low: true,
  high: true,
  qualifier: true,
  unit: true,
  locationText: true,
  date: true,
  datePrecision: true,
  excerpt: true,
} satisfies Prisma.FactSelect;

/** What counting needs of a fact (lib/facts/counting.ts CountableFact), with the report's day for the choice rule. */
export const COUNTABLE_FACT_SELECT = {
  id: true,
  metric: true,
  unit: true,
  measure: true,
  periodStart: true,
  low: true,
  high: true,
  qualifier: true,
  locationId: true,
  date: true,
  sourceOrgId: true,
  reviewedAt: true,
  report: { select: { publishedDate: true } },
} satisfies Prisma.FactSelect;
