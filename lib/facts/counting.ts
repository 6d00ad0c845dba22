import { isPreferred } from '@/lib/facts/visibility';
import { DEFAULT_UNIT, isFlowMetric, type Metric } from '@/lib/facts/vocabulary';
import { nestedTotal, type Places } from '@/lib/facts/nesting';
import { deriveFlows, runningTotalsOf, type DerivedFlow, type RunningTotal } from '@/lib/facts/running-totals';

/**
 * Sitrep's counting rules (../shared/docs/facts.md "Measure and period", "Units", "Places"), pure,
 * so the dashboard, its rollups, the summaries and the organization pages count the same way:
 * - one metric, unit, measure, place and day stated by several sources is ONE observation, its
 *   value drawn by the choice rule (lib/facts/visibility.ts), the spread kept;
 * - flows add up only flow figures; a running total (cumulative) is never added to anything:
 *   it is listed per place and source, as of its day, with the change since the previous total;
 *   a place with only running totals gets flows derived from them (lib/facts/running-totals.ts);
 * - stocks: the latest value of each place;
 * - one main unit per metric; other units are listed beside, never added;
 * - a place is never added to a place that contains it (lib/facts/nesting.ts).
 */
export { CHOICE_RULE } from '@/lib/facts/visibility';
export type { DerivedFlow, Places, RunningTotal };

import type { Measure } from '@/lib/facts/vocabulary';
export { MEASURES, defaultMeasure, type Measure } from '@/lib/facts/vocabulary';

/** The unit a metric's count is in unless a view picks another: people, vehicles, convoys, tonnes. */
export function mainUnitOf(metric: Metric): string {
  return DEFAULT_UNIT[metric];
}

export type CountableFact = {
  id: string;
  metric: Metric;
  unit: string;
  measure: Measure;
  low: number;
  high: number;
  qualifier: string;
  locationId: string;
  date: string;
  periodStart: string | null;
  sourceOrgId: string;
  /** When the figure was published: the report's date, else the fact's own date. */
  publishedDate: string;
  /** When it was confirmed (ISO timestamp, '' when never); breaks ties between sources published the same day. */
  confirmedAt: string;
};

/** One observation's drawn value: what a rollup row holds and what counting takes. */
export type Drawn = Pick<
  CountableFact,
  'metric' | 'unit' | 'measure' | 'locationId' | 'date' | 'periodStart' | 'low' | 'high' | 'qualifier' | 'sourceOrgId'
> & { factId: string };

export type Observation = Drawn & {
  facts: CountableFact[];
  sourceOrgIds: string[];
  /** Lowest low and highest high across the sources. */
  spread: { low: number; high: number };
  isConflict: boolean;
};

export type Range = { low: number; high: number };
export type Period = { from: string; to: string };

/** Two figures corroborate when their ranges overlap; otherwise they conflict. */
export function doRangesOverlap(a: Range, b: Range): boolean {
  return a.low <= b.high && b.low <= a.high;
}

export function observationKey(row: Pick<Drawn, 'metric' | 'unit' | 'measure' | 'locationId' | 'date'>): string {
  return `${row.metric}\u001f${row.unit}\u001f${row.measure}\u001f${row.locationId}\u001f${row.date}`;
}

/** Groups facts into observations (one per metric, unit, measure, place and day) and draws each one's value. */
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
  return {
    ...drawnOf({ ...chosen, factId: chosen.id }),
    facts,
    sourceOrgIds: [...new Set(facts.map((fact) => fact.sourceOrgId))],
    spread: { low: Math.min(...facts.map((fact) => fact.low)), high: Math.max(...facts.map((fact) => fact.high)) },
    isConflict: facts.some((fact) => !doRangesOverlap(fact, chosen)),
  };
}

/** Only what counting reads of an observation or a fact-like row. */
export function drawnOf(row: Drawn): Drawn {
  const { metric, unit, measure, locationId, date, periodStart, low, high, qualifier, sourceOrgId, factId } = row;
  return { metric, unit, measure, locationId, date, periodStart, low, high, qualifier, sourceOrgId, factId };
}

/** A count in one unit: flows summed (with derived flows), or stocks' latest per place. */
export type Figure = Range & {
  isEstimate: boolean;
  latestDate: string;
  observationCount: number;
  /** Of those, flows worked out from a source's successive running totals (charts mark them). */
  derivedCount: number;
  placeIds: string[];
};
/** Flows: one day's total; stocks: the level (each place's latest, nested) as of that day. */
export type DayTotal = Figure & { date: string };
export type OtherUnit = Range & { unit: string; observationCount: number };

export type MetricCount = {
  metric: Metric;
  unit: string;
  kind: 'flow' | 'stock';
  /** The main line; null when nothing in the main unit counts. */
  figure: Figure | null;
  /** Per day with figures: what charts draw (flows add up over days, stock levels do not). */
  days: DayTotal[];
  runningTotals: RunningTotal[];
  /** Flows derived from successive running totals (corrections included, never counted). */
  derived: DerivedFlow[];
  alsoReported: OtherUnit[];
};

export type CountOptions = { places: Places; period: Period; unit?: string };

/**
 * One metric over a view. `rows`: its drawn observations (flows, stocks, and running totals
 * per source: one row per source, place and day); rows outside the period are left out.
 */
export function countMetric(metric: Metric, rows: Drawn[], options: CountOptions): MetricCount {
  const unit = options.unit ?? mainUnitOf(metric);
  const mine = rows.filter((row) => row.metric === metric);
  const main = countInUnit(metric, unit, mine, options);
  const otherUnits = [...new Set(mine.map((row) => row.unit))].filter((other) => other !== unit).sort();
  const alsoReported = otherUnits.flatMap((other) => {
    const figure = countInUnit(metric, other, mine, options).figure;
    return figure ? [{ unit: other, low: figure.low, high: figure.high, observationCount: figure.observationCount }] : [];
  });
  const runningTotals = runningTotalsOf(
    mine.filter((row) => row.measure === 'cumulative'),
    options.period,
  );
  return { metric, unit, ...main, runningTotals, alsoReported };
}

function countInUnit(metric: Metric, unit: string, rows: Drawn[], { places, period }: CountOptions) {
  const inUnit = rows.filter((row) => row.unit === unit);
  const inPeriod = (row: { date: string }) => row.date >= period.from && row.date <= period.to;
  if (!isFlowMetric(metric)) {
    // A stock metric's figures are levels unless they are running totals (a stored 'flow' here is a default, not a reading).
    const days = stockLevels(
      inUnit.filter((row) => row.measure !== 'cumulative' && inPeriod(row)),
      places,
    );
    return { kind: 'stock' as const, figure: days.at(-1) ?? null, days, derived: [] };
  }
  const flows = inUnit.filter((row) => row.measure === 'flow' && inPeriod(row));
  const withFlows = new Set(flows.map((row) => row.locationId));
  const derived = deriveFlows(
    inUnit.filter((row) => row.measure === 'cumulative' && !withFlows.has(row.locationId)),
    period,
  );
  const counted = [
    ...flows,
    ...derived.filter((flow) => !flow.isCorrection).map((flow) => ({ ...flow, qualifier: 'exact', isDerived: true })),
  ];
  const days = [...byDay(counted)]
    .map(([date, group]) => ({ ...figureOf(group, places), date }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { kind: 'flow' as const, figure: days.length ? sumOf(days) : null, days, derived };
}

type Counted = Range & { locationId: string; date: string; qualifier: string; isDerived?: boolean };

/** Figures of one day (or stocks' latest values) added up across places, by the nesting rule. */
function figureOf(counted: Counted[], places: Places): Figure {
  const total = nestedTotal(counted, places);
  return {
    ...total,
    isEstimate: counted.some((row) => row.qualifier !== 'exact'),
    latestDate: counted.reduce((latest, row) => (row.date > latest ? row.date : latest), counted[0].date),
    observationCount: counted.length,
    derivedCount: counted.filter((row) => row.isDerived).length,
    placeIds: [...new Set(counted.map((row) => row.locationId))].sort(),
  };
}

function sumOf(days: DayTotal[]): Figure {
  return {
    low: days.reduce((sum, day) => sum + day.low, 0),
    high: days.reduce((sum, day) => sum + day.high, 0),
    isEstimate: days.some((day) => day.isEstimate),
    latestDate: days.at(-1)!.date,
    observationCount: days.reduce((sum, day) => sum + day.observationCount, 0),
    derivedCount: days.reduce((sum, day) => sum + day.derivedCount, 0),
    placeIds: [...new Set(days.flatMap((day) => day.placeIds))].sort(),
  };
}

/** Stocks: on each day with a figure, the level made of every place's latest figure so far. */
function stockLevels(rows: Counted[], places: Places): DayTotal[] {
  const latest = new Map<string, Counted>();
  return [...byDay(rows)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, group]) => {
      for (const row of group) latest.set(row.locationId, row);
      return { ...figureOf([...latest.values()], places), date };
    });
}

function byDay<T extends { date: string }>(rows: T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const row of rows) {
    const day = days.get(row.date);
    if (day) day.push(row);
    else days.set(row.date, [row]);
  }
  return days;
}

/** For stocks: each place's most recent observation. */
export function latestPerPlace<T extends { locationId: string; date: string }>(rows: T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const current = latest.get(row.locationId);
    if (!current || row.date > current.date) latest.set(row.locationId, row);
  }
  return [...latest.values()];
}

/**
 * A change against the previous period means something only when that period has figures for
 * the same places: otherwise "no comparable figures".
 */
export function isComparable(current: Pick<Figure, 'placeIds'> | null, previous: Pick<Figure, 'placeIds'> | null): boolean {
  if (!current || !previous) return false;
  const before = new Set(previous.placeIds);
  return current.placeIds.every((id) => before.has(id));
}

export function midpoint({ low, high }: Range): number {
  return (low + high) / 2;
}
