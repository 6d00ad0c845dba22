import { isFlowMetric, type Metric } from '@/lib/facts/vocabulary';

/**
 * Sitrep's counting rules, pure so that the dashboard, the review screen and the exports count
 * the same way:
 * - the same metric, place and day stated by several sources is ONE observation, never a sum;
 * - when its sources disagree, one value is drawn by CHOICE_RULE and the spread is kept;
 * - flows (trucks, departures, arrivals …) sum across places and days;
 * - stocks (camp population, people trapped …) never sum over days: the latest value per place.
 */

export const CHOICE_RULE =
  'Where sources give different figures for the same metric, place and day, the figure from the most recently published source is drawn (then the most recently confirmed); the others are shown as the spread.';

export type CountableFact = {
  id: string;
  metric: Metric;
  low: number;
  high: number;
  qualifier: string;
  locationId: string;
  date: string;
  sourceOrgId: string;
  /** When the figure was published: the report's date, else the fact's own date. */
  publishedDate: string;
  /** When it was confirmed (ISO timestamp); breaks ties between sources published the same day. */
  confirmedAt: string;
};

export type Observation = {
  metric: Metric;
  locationId: string;
  date: string;
  low: number;
  high: number;
  qualifier: string;
  chosenFactId: string;
  facts: CountableFact[];
  sourceOrgIds: string[];
  /** Lowest low and highest high across the sources. */
  spread: { low: number; high: number };
  isConflict: boolean;
};

export type Range = { low: number; high: number };

/** Two figures corroborate when their ranges overlap; otherwise they conflict. */
export function doRangesOverlap(a: Range, b: Range): boolean {
  return a.low <= b.high && b.low <= a.high;
}

export function observationKey(fact: { metric: string; locationId: string; date: string }): string {
  return `${fact.metric}\u001f${fact.locationId}\u001f${fact.date}`;
}

/** Groups facts into observations (one per metric, place and day) and picks each one's value. */
export function groupObservations(facts: CountableFact[]): Observation[] {
  const groups = new Map<string, CountableFact[]>();
  for (const fact of facts) {
    const key = observationKey(fact);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return [...groups.values()].map(toObservation);
}

function toObservation(facts: CountableFact[]): Observation {
  const chosen = facts.reduce((best, fact) => (isPreferred(fact, best) ? fact : best));
  const spread = {
    low: Math.min(...facts.map((fact) => fact.low)),
    high: Math.max(...facts.map((fact) => fact.high)),
  };
  return {
    metric: chosen.metric,
    locationId: chosen.locationId,
    date: chosen.date,
    low: chosen.low,
    high: chosen.high,
    qualifier: chosen.qualifier,
    chosenFactId: chosen.id,
    facts,
    sourceOrgIds: [...new Set(facts.map((fact) => fact.sourceOrgId))],
    spread,
    isConflict: facts.some((fact) => !doRangesOverlap(fact, chosen)),
  };
}

function isPreferred(candidate: CountableFact, current: CountableFact): boolean {
  if (candidate.publishedDate !== current.publishedDate) return candidate.publishedDate > current.publishedDate;
  if (candidate.confirmedAt !== current.confirmedAt) return candidate.confirmedAt > current.confirmedAt;
  return candidate.id > current.id;
}

/**
 * The total of one metric over observations: flows add up every observation; stocks add the
 * latest observation of each place (camps hold different people, days repeat the same ones).
 */
export function totalOf(metric: Metric, observations: Observation[]): Range & { latestDate: string | null } {
  const relevant = observations.filter((observation) => observation.metric === metric);
  const counted = isFlowMetric(metric) ? relevant : latestPerPlace(relevant);
  return {
    low: counted.reduce((sum, observation) => sum + observation.low, 0),
    high: counted.reduce((sum, observation) => sum + observation.high, 0),
    latestDate: counted.reduce<string | null>((latest, o) => (latest === null || o.date > latest ? o.date : latest), null),
  };
}

/** For stocks: each place's most recent observation. */
export function latestPerPlace(observations: Observation[]): Observation[] {
  const latest = new Map<string, Observation>();
  for (const observation of observations) {
    const current = latest.get(observation.locationId);
    if (!current || observation.date > current.date) latest.set(observation.locationId, observation);
  }
  return [...latest.values()];
}
