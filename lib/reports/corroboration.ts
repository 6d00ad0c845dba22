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
  /** The original report of a reprint, else the report itself: one text, however often filed. */
  reportFamily: string | null;
  reportTitle: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
};

export type Match = ConfirmedElsewhere & { relation: 'corroborates' | 'conflicts' };

export type FigureUnderReview = {
  metric: string;
  locationId: string;
  date: string;
  low: number;
  high: number;
  sourceOrg: string;
  reportFamily: string | null;
};

/**
 * Only an independent source corroborates: a different stating organization, and not a reprint
 * of the same text (the same wire story under another outlet is one source, not two).
 */
export function isIndependent(
  fact: Pick<FigureUnderReview, 'sourceOrg' | 'reportFamily'>,
  other: Pick<ConfirmedElsewhere, 'sourceOrg' | 'reportFamily'>,
): boolean {
  if (other.sourceOrg.toLowerCase() === fact.sourceOrg.toLowerCase()) return false;
  return fact.reportFamily === null || other.reportFamily !== fact.reportFamily;
}

/**
 * How a figure under review relates to confirmed figures of other sources: the same metric,
 * place and day is one observation (lib/facts/counting), so an overlapping range of an
 * independent source corroborates it; a different value conflicts with it, whoever stated it.
 */
export function matchConfirmed(fact: FigureUnderReview, others: ConfirmedElsewhere[]): Match[] {
  return others
    .filter((other) => other.metric === fact.metric && other.locationId === fact.locationId && other.date === fact.date)
    .flatMap((other): Match[] => {
      if (!doRangesOverlap(fact, other)) return [{ ...other, relation: 'conflicts' }];
      return isIndependent(fact, other) ? [{ ...other, relation: 'corroborates' }] : [];
    });
}
