import { groupObservations, type CountableFact } from '@/lib/facts/counting';
import { DEFAULT_UNIT, type Metric } from '@/lib/facts/vocabulary';

/** The metrics a movement can carry: people on the move, and the vehicles and convoys moving them. */
export const MOVEMENT_METRICS = [
  'people_departed',
  'people_arrived',
  'people_displaced',
  'trucks',
  'convoys',
] as const satisfies readonly Metric[];
export type MovementMetric = (typeof MOVEMENT_METRICS)[number];
export const PEOPLE_MOVEMENT_METRICS = [
  'people_arrived',
  'people_departed',
  'people_displaced',
] as const satisfies readonly MovementMetric[];

export type MovementFact = CountableFact & {
  metric: MovementMetric;
  unit: string;
  measure: string;
  periodStart: string | null;
  originId: string | null;
  destinationId: string | null;
};

export type FlowTotal = { metric: MovementMetric; low: number; high: number; observations: number };
/** A figure shown with the movement but never added to its totals, and why. */
export type BesideFigure = {
  factId: string;
  metric: MovementMetric;
  unit: string;
  low: number;
  high: number;
  date: string;
  reason: 'running total' | 'other unit' | 'stock';
};

export type Movement = {
  key: string;
  originId: string | null;
  destinationId: string | null;
  /** One total per people metric: departures and arrivals on one route may be the same people, so they are never added together. */
  people: FlowTotal[];
  trucks: FlowTotal | null;
  convoys: FlowTotal | null;
  beside: BesideFigure[];
  period: { from: string; to: string };
  sourceOrgIds: string[];
  factIds: string[];
};

export function movementKey(fact: { originId: string | null; destinationId: string | null }): string {
  return `${fact.originId ?? ''}\u001f${fact.destinationId ?? ''}`;
}

/**
 * Movements per origin and destination, by the counting rules of facts.md: only flows in their
 * metric's main unit add up (the same metric, place and day from several sources is one
 * observation); running totals, stocks and other units are listed beside, never added.
 */
export function countMovements(facts: MovementFact[]): Movement[] {
  const byRoute = new Map<string, MovementFact[]>();
  for (const fact of facts) {
    const key = movementKey(fact);
    const route = byRoute.get(key);
    if (route) route.push(fact);
    else byRoute.set(key, [fact]);
  }
  return [...byRoute.entries()].map(([key, route]) => toMovement(key, route)).sort(byLargestPeople);
}

function toMovement(key: string, route: MovementFact[]): Movement {
  const added = route.filter(isAddedUp);
  // On a route the route is the place: the same metric and day from several sources is one observation.
  const observations = groupObservations(added.map((fact) => ({ ...fact, locationId: key })));
  const flowOf = (metric: MovementMetric): FlowTotal | null => {
    // Movement metrics are flows and only flows reach here: a route's observations add up.
    const mine = observations.filter((observation) => observation.metric === metric);
    if (mine.length === 0) return null;
    const low = mine.reduce((sum, observation) => sum + observation.low, 0);
    const high = mine.reduce((sum, observation) => sum + observation.high, 0);
    return { metric, low, high, observations: mine.length };
  };
  const days = route
    .map((fact) => fact.periodStart ?? fact.date)
    .concat(route.map((fact) => fact.date))
    .sort();
  return {
    key,
    originId: route[0].originId,
    destinationId: route[0].destinationId,
    people: PEOPLE_MOVEMENT_METRICS.map(flowOf).filter((flow): flow is FlowTotal => flow !== null),
    trucks: flowOf('trucks'),
    convoys: flowOf('convoys'),
    beside: route
      .filter((fact) => !isAddedUp(fact))
      .map(toBeside)
      .sort((a, b) => a.date.localeCompare(b.date)),
    period: { from: days[0], to: days[days.length - 1] },
    sourceOrgIds: [...new Set(route.map((fact) => fact.sourceOrgId))],
    factIds: route.map((fact) => fact.id),
  };
}

function isAddedUp(fact: MovementFact): boolean {
  return fact.measure === 'flow' && fact.unit === DEFAULT_UNIT[fact.metric];
}

function toBeside(fact: MovementFact): BesideFigure {
  const reason = fact.measure === 'cumulative' ? 'running total' : fact.measure === 'stock' ? 'stock' : 'other unit';
  return { factId: fact.id, metric: fact.metric, unit: fact.unit, low: fact.low, high: fact.high, date: fact.date, reason };
}

/** The people figure a diagram draws a route by: its largest people total (never a sum of them). */
export function peopleWeight(movement: Pick<Movement, 'people'>): number {
  return movement.people.reduce((largest, flow) => Math.max(largest, flow.low), 0);
}

function byLargestPeople(a: Movement, b: Movement): number {
  return peopleWeight(b) - peopleWeight(a) || a.key.localeCompare(b.key);
}
