import { CHOICE_RULE, groupObservations, totalOf, type CountableFact, type Observation } from '@/lib/facts/counting';
import { isFlowMetric, METRIC_LABELS, METRICS, type Metric } from '@/lib/facts/vocabulary';
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

export type SourceEntry = { title: string; publisher: string | null; date: string; url: string | null; facts: number };

export type Summary = {
  countingRule: string;
  factCount: number;
  firstDate: string | null;
  lastDate: string | null;
  metrics: MetricSummary[];
  sources: SourceEntry[];
};

type MetricState = Omit<MetricSummary, 'sourceOrgs' | 'series' | 'qualifier'> & {
  sourceOrgs: Set<string>;
  qualifiers: Set<string>;
  days: Map<string, SeriesPoint>;
};

type PlaceState = { observations: Observation[]; orgByFact: Map<string, string> };

export function createSummaryBuilder() {
  const metrics = new Map<string, MetricState>();
  const sources = new Map<string, SourceEntry>();
  let place: string | null = null;
  let day: string | null = null;
  let dayFacts: ExportFact[] = [];
  let placeStates = new Map<string, PlaceState>();
  let factCount = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;

  function flushDay(): void {
    const byLine = new Map<string, CountableFact[]>();
    const orgs = new Map<string, string>();
    for (const fact of dayFacts) {
      const line = lineKey(fact.metric, fact.unit);
      const facts = byLine.get(line) ?? [];
      facts.push(toCountable(fact));
      byLine.set(line, facts);
      orgs.set(fact.id, fact.sourceOrgShortName);
    }
    for (const [line, facts] of byLine) {
      const state: PlaceState = placeStates.get(line) ?? { observations: [], orgByFact: new Map() };
      state.observations.push(...groupObservations(facts));
      for (const fact of facts) state.orgByFact.set(fact.id, orgs.get(fact.id)!);
      placeStates.set(line, state);
    }
    dayFacts = [];
  }

  function flushPlace(): void {
    flushDay();
    for (const [line, state] of placeStates) addPlace(metricState(metrics, line), state);
    placeStates = new Map();
  }

  function add(facts: Iterable<ExportFact>): void {
    for (const fact of facts) {
      if (fact.locationId !== place) {
        flushPlace();
        place = fact.locationId;
        day = fact.date;
      } else if (fact.date !== day) {
        flushDay();
        day = fact.date;
      }
      dayFacts.push(fact);
      factCount += 1;
      if (firstDate === null || fact.date < firstDate) firstDate = fact.date;
      if (lastDate === null || fact.date > lastDate) lastDate = fact.date;
      addSource(sources, fact);
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
      sources: [...sources.values()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    };
  }

  return { add, finish };
}

function lineKey(metric: string, unit: string): string {
  return `${metric}\u001f${unit}`;
}

function toCountable(fact: ExportFact): CountableFact {
  return {
    id: fact.id,
    metric: fact.metric as Metric,
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    locationId: fact.locationId,
    date: fact.date,
    sourceOrgId: fact.sourceOrgId,
    publishedDate: fact.publishedDate,
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

/** Adds one place's observations (in date order): its total by the rules, and its share of each day. */
function addPlace(state: MetricState, place: PlaceState): void {
  const total = totalOf(state.metric, place.observations);
  state.low += total.low;
  state.high += total.high;
  if (total.latestDate && (!state.latestDate || total.latestDate > state.latestDate)) state.latestDate = total.latestDate;
  state.observations += place.observations.length;
  let previous: Observation | null = null;
  for (const observation of place.observations) {
    state.facts += observation.facts.length;
    if (observation.isConflict) state.conflicts += 1;
    const point = state.days.get(observation.date) ?? { date: observation.date, low: 0, high: 0 };
    // Stocks: the day carries the change of this place's level; summed up over days in toMetricSummary.
    point.low += observation.low - (state.kind === 'stock' && previous ? previous.low : 0);
    point.high += observation.high - (state.kind === 'stock' && previous ? previous.high : 0);
    state.days.set(observation.date, point);
    previous = observation;
  }
  const counted = state.kind === 'flow' ? place.observations : place.observations.slice(-1);
  for (const observation of counted) {
    state.qualifiers.add(observation.qualifier);
    for (const fact of observation.facts) state.sourceOrgs.add(place.orgByFact.get(fact.id) ?? '');
  }
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

function addSource(sources: Map<string, SourceEntry>, fact: ExportFact): void {
  if (!fact.reportTitle) return;
  const key = `${fact.reportTitle}\u001f${fact.reportUrl ?? ''}\u001f${fact.reportPublisher ?? ''}`;
  const date = fact.reportDate ?? fact.date;
  const entry = sources.get(key);
  if (entry) {
    entry.facts += 1;
    if (date > entry.date) entry.date = date;
  } else {
    sources.set(key, { title: fact.reportTitle, publisher: fact.reportPublisher, date, url: fact.reportUrl, facts: 1 });
  }
}

const CARD_ORDER: readonly Metric[] = ['trucks', 'people_departed', 'people_arrived', 'camp_population', 'people_trapped', 'people_killed', 'people_injured'];

function byCardOrder(a: MetricSummary, b: MetricSummary): number {
  const rank = (metric: Metric) => (CARD_ORDER.includes(metric) ? CARD_ORDER.indexOf(metric) : CARD_ORDER.length + METRICS.indexOf(metric));
  return rank(a.metric) - rank(b.metric) || b.facts - a.facts;
}
