import { cardRank } from '@/lib/dashboard/cards';
import {
  CHOICE_RULE,
  countMetric,
  drawnOf,
  groupObservations,
  mainUnitOf,
  type CountableFact,
  type Drawn,
  type Measure,
  type MetricCount,
  type Places,
} from '@/lib/facts/counting';
import { isFlowMetric, METRIC_LABELS, METRICS, type Metric } from '@/lib/facts/vocabulary';
import { createPlaceTable, type PlaceRow } from '@/lib/export/summary-places';
import { createSourceList, type SourceEntry } from '@/lib/export/summary-sources';
import type { ExportFact } from '@/lib/export/types';

/**
 * The key figures of an export, counted by lib/facts/counting.ts exactly as the dashboard's
 * cards are: one line per metric in its main unit, and apart from it a line per other unit
 * ("also reported"); running totals listed, never added. Facts arrive ordered by place, then day
 * (iterateFactsByPlace), so each place and day is grouped into observations as it ends and only
 * the drawn observations are kept.
 */
/** `placeIds`: the places counted that day (for comparisons; not written to the JSON). */
export type SeriesPoint = { date: string; low: number; high: number; placeIds: string[] };
export type SummaryRunningTotal = {
  place: string;
  source: string;
  date: string;
  /** The first day the total counts from ("since 4 December"), when stated. */
  periodStart: string | null;
  low: number;
  high: number;
  previousDate: string | null;
  change: { low: number; high: number } | null;
};

export type MetricSummary = {
  metric: Metric;
  label: string;
  kind: 'flow' | 'stock';
  unit: string;
  /** The metric's main unit (the dashboard card); false for figures in another unit, listed beside it. */
  isMain: boolean;
  low: number;
  high: number;
  qualifier: string;
  latestDate: string | null;
  observations: number;
  facts: number;
  conflicts: number;
  sourceOrgs: string[];
  /** Per day: flows the day's total, stocks the level (each place's latest) on that day. */
  series: SeriesPoint[];
  runningTotals: SummaryRunningTotal[];
  /** Flows derived from running totals and counted in low/high. */
  derivedFlows: number;
};

export type Summary = {
  countingRule: string;
  factCount: number;
  firstDate: string | null;
  lastDate: string | null;
  metrics: MetricSummary[];
  sources: SourceEntry[];
  /** Per place, its own count per metric line (key: `metric\u001funit`, as `lineKey`). */
  places: PlaceRow[];
};

/** A fact as the summary reads it: also when it was confirmed, its measure and first day. */
export type SummaryFact = ExportFact & { confirmedAt: string; measure: Measure; periodStart: string | null };

/** Facts, conflicts, qualifiers and sources per metric and unit. */
type LineStats = { facts: number; conflicts: number; qualifiers: Set<string>; sourceOrgs: Set<string> };

export function createSummaryBuilder() {
  const rows: Drawn[] = [];
  const stats = new Map<string, LineStats>();
  const names = { places: new Map<string, string>(), orgs: new Map<string, string>() };
  const sources = createSourceList();
  let dayFacts: SummaryFact[] = [];
  let factCount = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;

  function flushDay(): void {
    const countable = dayFacts.map(toCountable);
    const flowsAndStocks = groupObservations(countable.filter((fact) => fact.measure !== 'cumulative'));
    // Running totals stay per source: each source's totals are its own series.
    const bySource = new Map<string, CountableFact[]>();
    for (const fact of countable.filter((candidate) => candidate.measure === 'cumulative'))
      bySource.set(fact.sourceOrgId, [...(bySource.get(fact.sourceOrgId) ?? []), fact]);
    const totals = [...bySource.values()].flatMap((facts) => groupObservations(facts));
    for (const observation of [...flowsAndStocks, ...totals]) {
      const { facts, isConflict } = observation;
      const drawn = drawnOf(observation);
      rows.push(drawn);
      const line = lineStats(stats, drawn.metric, drawn.unit);
      line.facts += facts.length;
      if (isConflict) line.conflicts += 1;
      line.qualifiers.add(drawn.qualifier);
      for (const fact of facts) line.sourceOrgs.add(names.orgs.get(fact.sourceOrgId) ?? '');
    }
    dayFacts = [];
  }

  function add(facts: Iterable<SummaryFact>): void {
    for (const fact of facts) {
      const previous = dayFacts[0];
      if (previous && (previous.place.id !== fact.place.id || previous.date !== fact.date)) flushDay();
      dayFacts.push(fact);
      names.places.set(fact.place.id, fact.place.name);
      names.orgs.set(fact.sourceOrg.id, fact.sourceOrg.shortName);
      factCount += 1;
      if (firstDate === null || fact.date < firstDate) firstDate = fact.date;
      if (lastDate === null || fact.date > lastDate) lastDate = fact.date;
      sources.add(fact);
    }
  }

  /** `period`: the export's dates, else the dates of its facts; `places`: each place's parent. */
  function finish(options: { places: Places; from: string | null; to: string | null }): Summary {
    flushDay();
    const period = { from: options.from ?? firstDate ?? '0000-01-01', to: options.to ?? lastDate ?? '9999-12-31' };
    const metrics = [...new Set(rows.map((row) => row.metric))].sort((a, b) => cardRank(a, METRICS) - cardRank(b, METRICS));
    const lines = metrics.flatMap((metric) => {
      const main = countMetric(metric, rows, { places: options.places, period });
      const others = main.alsoReported.map((other) => countMetric(metric, rows, { places: options.places, period, unit: other.unit }));
      const shown = main.figure || main.runningTotals.length ? [main] : [];
      return [...shown, ...others].map((count) => toMetricSummary(count, stats, names));
    });
    const places = placeRows(rows, lines, { places: options.places, period }, names.places);
    return { countingRule: CHOICE_RULE, factCount, firstDate, lastDate, metrics: lines, sources: sources.entries(), places };
  }

  /** The drawn observations counted (after finish): the comparison with the period before counts them again. */
  const drawnRows = (): readonly Drawn[] => rows;

  return { add, finish, drawnRows };
}

export function lineKey(metric: string, unit: string): string {
  return `${metric}\u001f${unit}`;
}

/** Each place's own figure per line, counted by the same rules as the line itself. */
function placeRows(
  rows: Drawn[],
  lines: MetricSummary[],
  options: { places: Places; period: { from: string; to: string } },
  placeNames: Map<string, string>,
): PlaceRow[] {
  const table = createPlaceTable();
  const byPlace = new Map<string, Drawn[]>();
  for (const row of rows) {
    const own = byPlace.get(row.locationId);
    if (own) own.push(row);
    else byPlace.set(row.locationId, [row]);
  }
  for (const [placeId, name] of [...placeNames].sort(([, a], [, b]) => a.localeCompare(b))) {
    const own = byPlace.get(placeId) ?? [];
    for (const line of lines) {
      const figure = countMetric(line.metric, own, { ...options, unit: line.unit }).figure;
      if (!figure) continue;
      const qualifiers = new Set(own.filter((row) => row.metric === line.metric && row.unit === line.unit).map((row) => row.qualifier));
      table.add(name, lineKey(line.metric, line.unit), { ...figure, qualifier: totalQualifier(figure.low, figure.high, qualifiers) });
    }
  }
  return table.rows();
}

function lineStats(stats: Map<string, LineStats>, metric: string, unit: string): LineStats {
  const key = lineKey(metric, unit);
  const existing = stats.get(key);
  if (existing) return existing;
  const created = { facts: 0, conflicts: 0, qualifiers: new Set<string>(), sourceOrgs: new Set<string>() };
  stats.set(key, created);
  return created;
}

function toCountable(fact: SummaryFact): CountableFact {
  return {
    id: fact.id,
    metric: fact.kind.metric as Metric,
    unit: fact.kind.unit,
    measure: fact.measure,
    low: fact.low,
    high: fact.high,
    qualifier: fact.kind.qualifier,
    locationId: fact.place.id,
    date: fact.date,
    periodStart: fact.periodStart,
    sourceOrgId: fact.sourceOrg.id,
    // When the figure was published: its report's date, else the fact's own date.
    publishedDate: fact.source?.date ?? fact.date,
    confirmedAt: fact.confirmedAt,
  };
}

type Names = { places: Map<string, string>; orgs: Map<string, string> };

function toMetricSummary(count: MetricCount, stats: Map<string, LineStats>, names: Names): MetricSummary {
  const line = lineStats(stats, count.metric, count.unit);
  const low = count.figure?.low ?? 0;
  const high = count.figure?.high ?? 0;
  return {
    metric: count.metric,
    label: METRIC_LABELS[count.metric] ?? count.metric,
    kind: isFlowMetric(count.metric) ? 'flow' : 'stock',
    unit: count.unit,
    isMain: count.unit === mainUnitOf(count.metric),
    low,
    high,
    qualifier: totalQualifier(low, high, line.qualifiers),
    latestDate: count.figure?.latestDate ?? null,
    observations: count.figure?.observationCount ?? 0,
    facts: line.facts,
    conflicts: line.conflicts,
    sourceOrgs: [...line.sourceOrgs].filter(Boolean).sort(),
    series: count.days.map((day) => ({ date: day.date, low: day.low, high: day.high, placeIds: day.placeIds })),
    runningTotals: count.runningTotals
      .filter((total) => total.unit === count.unit)
      .map((total) => ({
        place: names.places.get(total.locationId) ?? '',
        source: names.orgs.get(total.sourceOrgId) ?? '',
        date: total.date,
        periodStart: total.periodStart,
        low: total.low,
        high: total.high,
        previousDate: total.previous?.date ?? null,
        change: total.change,
      })),
    derivedFlows: count.derived.filter((flow) => !flow.isCorrection).length,
  };
}

/** How a total reads: a range stays a range; exact only when every counted figure was exact. */
function totalQualifier(low: number, high: number, qualifiers: Set<string>): string {
  if (low !== high) return 'range';
  const kinds = [...qualifiers].filter((qualifier) => qualifier !== 'exact');
  if (kinds.length === 0) return 'exact';
  return kinds.length === 1 && (kinds[0] === 'min' || kinds[0] === 'max') ? kinds[0] : 'approx';
}
