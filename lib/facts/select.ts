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
