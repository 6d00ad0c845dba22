import { CHOICE_RULE, groupObservations, totalOf, type CountableFact, type Observation } from '@/lib/facts/counting';
import { isFlowMetric, METRIC_LABELS, METRICS, type Metric } from '@/lib/facts/vocabulary';
import { createPlaceTable, type PlaceRow } from '@/lib/export/summary-places';
import { createSourceList, type SourceEntry } from '@/lib/export/summary-sources';
import type { ExportFact } from '@/lib/export/types';

/**
 * The key figures of an export, counted by the dashboard's rules (lib/facts/counting.ts): one
 * observation per metric, place and day; flows sum; stocks carry the latest value per place.
 * Figures in different units (tonnes vs kits of aid) are never added: each metric and unit is
 * its own line. Facts must arrive ordered by place, then day (iterateFactsByPlace), so memory
 * holds one place at a time, not the whole export.
 */
export type SeriesPoint = { date: string; low: number; high: number };

export type MetricSummary = {
  metric: Metric;
  label: string;
  kind: 'flow' | 'stock';
  unit: string;
  low: number;
  high: number;
  qualifier: string;
  latestDate: string | null;
  observations: number;
  facts: number;
  conflicts: number;
  sourceOrgs: string[];
  /** Per day: flows the day's sum, stocks the sum over places of each place's latest value. */
  series: SeriesPoint[];
};


export type Summary = {
  countingRule: string;
  factCount: number;
  firstDate: string | null;
  lastDate: string | null;
  metrics: MetricSummary[];
  sources: SourceEntry[];
  /** Per place, its total per metric line (key: `metric\u001funit`, as `lineKey`). */
  places: PlaceRow[];
};

/** A fact as the summary reads it: also when it was confirmed (reviewedAt, else createdAt), which the counting rules use to pick a figure. */
export type SummaryFact = ExportFact & { confirmedAt: string };

type MetricState = Omit<MetricSummary, 'sourceOrgs' | 'series' | 'qualifier'> & {
  sourceOrgs: Set<string>;
  qualifiers: Set<string>;
  days: Map<string, SeriesPoint>;
};

/**
 * One metric line at the current place, kept as running figures rather than the place's list of
 * observations: holding a whole place's observations made them outlive V8's young generation,
 * which then allocated every later one in the old generation and grew the process by ~100 MB.
 */
type PlaceLine = { low: number; high: number; last: Observation | null; lastOrgs: string[] };

export function createSummaryBuilder() {
  const metrics = new Map<string, MetricState>();
  const sources = createSourceList();
  const placeTable = createPlaceTable();
  let place: string | null = null;
  let placeName = '';
  let day: string | null = null;
  let dayFacts: SummaryFact[] = [];
  let placeLines = new Map<string, PlaceLine>();
  let factCount = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;

  function flushDay(): void {
    const byLine = new Map<string, CountableFact[]>();
    const orgs = new Map<string, string>();
    for (const fact of dayFacts) {
      const line = lineKey(fact.kind.metric, fact.kind.unit);
      const facts = byLine.get(line) ?? [];
      facts.push(toCountable(fact));
      byLine.set(line, facts);
      orgs.set(fact.id, fact.sourceOrg.shortName);
    }
    for (const [line, facts] of byLine) {
      const state = metricState(metrics, line);
      const placeLine = placeLines.get(line) ?? { low: 0, high: 0, last: null, lastOrgs: [] };
      for (const observation of groupObservations(facts)) addObservation(state, placeLine, observation, orgs);
      placeLines.set(line, placeLine);
    }
    dayFacts = [];
  }

  function flushPlace(): void {
    flushDay();
    for (const [line, placeLine] of placeLines) {
      closePlace(metricState(metrics, line), placeLine);
      if (placeLine.last) placeTable.add(placeName, line, placeLine);
    }
    placeLines = new Map();
  }

  function add(facts: Iterable<SummaryFact>): void {
    for (const fact of facts) {
      if (fact.place.id !== place) {
        flushPlace();
        place = fact.place.id;
        placeName = fact.place.name;
        day = fact.date;
      } else if (fact.date !== day) {
        flushDay();
        day = fact.date;
      }
      dayFacts.push(fact);
      factCount += 1;
      if (firstDate === null || fact.date < firstDate) firstDate = fact.date;
      if (lastDate === null || fact.date > lastDate) lastDate = fact.date;
      sources.add(fact);
    }
  }

  function finish(): Summary {
    flushPlace();
    return {
      countingRule: CHOICE_RULE,
      factCount,
      firstDate,
      lastDate,
      metrics: [...metrics.values()].map(toMetricSummary).sort(byCardOrder),
      sources: sources.entries(),
      places: placeTable.rows(),
    };
  }

  return { add, finish };
}

export function lineKey(metric: string, unit: string): string {
  return `${metric}\u001f${unit}`;
}

function toCountable(fact: SummaryFact): CountableFact {
  return {
    id: fact.id,
    metric: fact.kind.metric as Metric,
    low: fact.low,
    high: fact.high,
    qualifier: fact.kind.qualifier,
    locationId: fact.place.id,
    date: fact.date,
    sourceOrgId: fact.sourceOrg.id,
    // When the figure was published: its report's date, else the fact's own date.
    publishedDate: fact.source?.date ?? fact.date,
    confirmedAt: fact.confirmedAt,
  };
}

function metricState(metrics: Map<string, MetricState>, line: string): MetricState {
  const existing = metrics.get(line);
  if (existing) return existing;
  const [metric, unit] = line.split('\u001f') as [Metric, string];
  const state: MetricState = {
    metric,
    label: METRIC_LABELS[metric] ?? metric,
    kind: isFlowMetric(metric) ? 'flow' : 'stock',
    unit,
    low: 0,
    high: 0,
    latestDate: null,
    observations: 0,
    facts: 0,
    conflicts: 0,
    sourceOrgs: new Set(),
    qualifiers: new Set(),
    days: new Map(),
  };
  metrics.set(line, state);
  return state;
}

/**
 * Adds one observation of the current place (they come in date order): its share of each day,
 * and for flows its share of the place's total (totalOf over one observation; flows add up).
 */
function addObservation(state: MetricState, place: PlaceLine, observation: Observation, orgByFact: Map<string, string>): void {
  state.observations += 1;
  state.facts += observation.facts.length;
  if (observation.isConflict) state.conflicts += 1;
  const previous = place.last;
  const point = state.days.get(observation.date) ?? { date: observation.date, low: 0, high: 0 };
  // Stocks: the day carries the change of this place's level; summed up over days in toMetricSummary.
  point.low += observation.low - (state.kind === 'stock' && previous ? previous.low : 0);
  point.high += observation.high - (state.kind === 'stock' && previous ? previous.high : 0);
  state.days.set(observation.date, point);
  const orgs = observation.facts.map((fact) => orgByFact.get(fact.id) ?? '');
  if (state.kind === 'flow') {
    const total = totalOf(state.metric, [observation]);
    place.low += total.low;
    place.high += total.high;
    countSources(state, observation, orgs);
  }
  place.last = observation;
  place.lastOrgs = orgs;
}

/** The place's total by the rules (stocks: totalOf its latest observation) joins the metric's. */
function closePlace(state: MetricState, place: PlaceLine): void {
  if (!place.last) return;
  if (state.kind === 'stock') {
    const total = totalOf(state.metric, [place.last]);
    place.low = total.low;
    place.high = total.high;
    countSources(state, place.last, place.lastOrgs);
  }
  state.low += place.low;
  state.high += place.high;
  if (!state.latestDate || place.last.date > state.latestDate) state.latestDate = place.last.date;
}

function countSources(state: MetricState, observation: Observation, orgs: string[]): void {
  state.qualifiers.add(observation.qualifier);
  for (const org of orgs) state.sourceOrgs.add(org);
}

function toMetricSummary(state: MetricState): MetricSummary {
  const { qualifiers, days, sourceOrgs, ...rest } = state;
  const points = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  let level = { low: 0, high: 0 };
  const series =
    state.kind === 'flow'
      ? points
      : points.map((point) => {
          level = { low: level.low + point.low, high: level.high + point.high };
          return { date: point.date, ...level };
        });
  return { ...rest, qualifier: totalQualifier(state.low, state.high, qualifiers), sourceOrgs: [...sourceOrgs].filter(Boolean).sort(), series };
}

/** How a total reads: a range stays a range; exact only when every counted figure was exact. */
function totalQualifier(low: number, high: number, qualifiers: Set<string>): string {
  if (low !== high) return 'range';
  const kinds = [...qualifiers].filter((qualifier) => qualifier !== 'exact');
  if (kinds.length === 0) return 'exact';
  return kinds.length === 1 && (kinds[0] === 'min' || kinds[0] === 'max') ? kinds[0] : 'approx';
}

const CARD_ORDER: readonly Metric[] = ['trucks', 'people_departed', 'people_arrived', 'camp_population', 'people_trapped', 'people_killed', 'people_injured'];

function byCardOrder(a: MetricSummary, b: MetricSummary): number {
  const rank = (metric: Metric) => (CARD_ORDER.includes(metric) ? CARD_ORDER.indexOf(metric) : CARD_ORDER.length + METRICS.indexOf(metric));
  return rank(a.metric) - rank(b.metric) || b.facts - a.facts;
}
