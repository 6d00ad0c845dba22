import 'server-only';
import { FACT_FIGURE_SELECT } from '@/lib/facts/select';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The fields a list of facts shows: value, place, day, who states it and where it was published. */
export const FACT_ROW_SELECT = {
  id: true,
  ...FACT_FIGURE_SELECT,
  location: { select: { name: true, slug: true } },
  sourceOrg: { select: { name: true, shortName: true, slug: true } },
  report: { select: { id: true, title: true } },
  sourceTitle: true,
  sourceUrl: true,
} satisfies Prisma.FactSelect;

export type FactRow = Prisma.FactGetPayload<{ select: typeof FACT_ROW_SELECT }>;
