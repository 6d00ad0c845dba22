import 'server-only';
import { FACT_FIGURE_SELECT } from '@/lib/facts/select';
import { prisma } from '@/lib/prisma';
import type { FactInput } from '@/lib/validation/fact';
import type { FactFormValues } from '@/lib/validation/fact-form';
import { describeFigure } from '@/lib/validation/figure-text';

/** The stored fact as the edit form shows it, so a conflict can show "their" values in the same words. */
export async function fetchFactFormValues(
  factId: string,
): Promise<{ version: number; values: FactFormValues; ownerOrgId: string | null; deletedAt: Date | null } | null> {
  const fact = await prisma.fact.findUnique({
    where: { id: factId },
    select: {
      ...FACT_FIGURE_SELECT,
      sensitivity: true,
      version: true,
      ownerOrgId: true,
      deletedAt: true,
      sourceOrg: { select: { name: true } },
      measure: true,
      periodStart: true,
      origin: { select: { name: true } },
      destination: { select: { name: true } },
    },
  });
  if (!fact) return null;
  return {
    version: fact.version,
    ownerOrgId: fact.ownerOrgId,
    deletedAt: fact.deletedAt,
    values: {
      metric: fact.metric,
      value: describeFigure({ low: fact.low, high: fact.high, qualifier: fact.qualifier as FactInput['qualifier'] }),
      unit: fact.unit,
      location: fact.locationText,
      date: fact.date,
      datePrecision: fact.datePrecision,
      sourceOrg: fact.sourceOrg.name,
      excerpt: fact.excerpt,
      sensitivity: fact.sensitivity,
      measure: fact.measure,
      periodStart: fact.periodStart ?? '',
      origin: fact.origin?.name ?? '',
      destination: fact.destination?.name ?? '',
    },
  };
}
