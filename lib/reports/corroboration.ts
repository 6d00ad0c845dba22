import { doRangesOverlap } from '@/lib/facts/counting';

/** A confirmed figure elsewhere for the same metric, place and day as a fact under review. */
export type ConfirmedElsewhere = {
  id: string;
  metric: string;
  locationId: string;
  date: string;
  low: number;
  high: number;
  qualifier: string;
  sourceOrg: string;
  reportId: string | null;
  reportTitle: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
};

export type Match = ConfirmedElsewhere & { relation: 'corroborates' | 'conflicts' };

/**
 * How a figure under review relates to confirmed figures of other sources: the same metric,
 * place and day is one observation (lib/facts/counting), so an overlapping range corroborates
 * it and a different value conflicts with it.
 */
export function matchConfirmed(fact: { metric: string; locationId: string; date: string; low: number; high: number }, others: ConfirmedElsewhere[]): Match[] {
  return others
    .filter((other) => other.metric === fact.metric && other.locationId === fact.locationId && other.date === fact.date)
    .map((other) => ({ ...other, relation: doRangesOverlap(fact, other) ? 'corroborates' : 'conflicts' }));
}
