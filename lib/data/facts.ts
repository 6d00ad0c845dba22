import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The fields a list of facts shows: value, place, day, who states it and where it was published. */
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
