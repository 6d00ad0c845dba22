import { bucketStart, type PlaceObservation } from '@/lib/dashboard/buckets';
import { groupObservations, observationKey, type CountableFact } from '@/lib/facts/counting';

/**
 * Merging a reader's restricted facts over the public rollups, observation by observation.
 * A rollup row is its drawn fact (the best of its sources by CHOICE_RULE), so the best of that
 * fact and the reader's extra facts at the same metric, place and day is exactly what counting
 * all of them would draw: groupObservations decides, as everywhere else.
 */
export type DrawnValue = { low: number; high: number; qualifier: string };
export type ObservationChange = { metric: string; locationId: string; date: string; before: DrawnValue | null; after: DrawnValue };

/** `base`: the rollup rows at the extra facts' keys (as their drawn facts); `extra`: the reader's facts. */
export function overlayChanges(base: CountableFact[], extra: CountableFact[]): ObservationChange[] {
  if (extra.length === 0) return [];
  const baseByKey = new Map(base.map((fact) => [observationKey(fact), fact]));
  const touched = new Set(extra.map(observationKey));
  const relevant = [...extra, ...base.filter((fact) => touched.has(observationKey(fact)))];
  return groupObservations(relevant).map((observation) => {
    const before = baseByKey.get(observationKey(observation)) ?? null;
    return {
      metric: observation.metric,
      locationId: observation.locationId,
      date: observation.date,
      before: before && { low: before.low, high: before.high, qualifier: before.qualifier },
      after: { low: observation.low, high: observation.high, qualifier: observation.qualifier },
    };
  });
}

/** Totals grouped by day, week, month or only by metric (then `date` is the latest day with figures). */
export type FlowGrouping = 'day' | 'week' | 'month' | 'metric';
export type MetricTotal = { metric: string; date: string; low: number; high: number; observationCount: number; estimateCount: number };

/** The first day of a day's bucket (bucketStart), or '' for whole-period totals. */
export function bucketKeyOf(date: string, grouping: FlowGrouping): string {
  return grouping === 'metric' ? '' : bucketStart(date, grouping);
}

/** Totals after the changes: each changed observation adds its new value and takes back its old one. */
export function applyToFlowTotals(totals: MetricTotal[], changes: ObservationChange[], grouping: FlowGrouping): MetricTotal[] {
  const rows = new Map(totals.map((row) => [`${row.metric}|${bucketKeyOf(row.date, grouping)}`, { ...row }]));
  for (const change of changes) {
    const key = `${change.metric}|${bucketKeyOf(change.date, grouping)}`;
    const row = rows.get(key) ?? { metric: change.metric, date: grouping === 'metric' ? change.date : bucketKeyOf(change.date, grouping), low: 0, high: 0, observationCount: 0, estimateCount: 0 };
    row.low += change.after.low - (change.before?.low ?? 0);
    row.high += change.after.high - (change.before?.high ?? 0);
    row.observationCount += change.before ? 0 : 1;
    row.estimateCount += isEstimate(change.after) - (change.before ? isEstimate(change.before) : 0);
    if (grouping === 'metric' && change.date > row.date) row.date = change.date;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date) || a.metric.localeCompare(b.metric));
}

type MetricObservation = PlaceObservation & { metric: string };

/**
 * Stock totals (latest per place, summed across places) after the changes: `touched` are the
 * rollup's latest rows of the places the changes touch; they are taken out and their merged
 * latest rows put in.
 */
export function applyToStockTotals(totals: MetricTotal[], touched: MetricObservation[], changes: ObservationChange[]): MetricTotal[] {
  const pairs = new Set(changes.map((change) => `${change.metric}|${change.locationId}`));
  const before = touched.filter((row) => pairs.has(`${row.metric}|${row.locationId}`));
  const rows = new Map(totals.map((row) => [row.metric, { ...row }]));
  const add = (observation: MetricObservation, sign: 1 | -1) => {
    const row = rows.get(observation.metric) ?? { metric: observation.metric, date: observation.date, low: 0, high: 0, observationCount: 0, estimateCount: 0 };
    row.low += sign * observation.low;
    row.high += sign * observation.high;
    row.observationCount += sign;
    row.estimateCount += sign * isEstimate(observation);
    if (sign === 1 && observation.date > row.date) row.date = observation.date;
    rows.set(observation.metric, row);
  };
  for (const row of before) add(row, -1);
  for (const row of applyToLatestPerPlace(before, changes)) add(row, 1);
  return [...rows.values()];
}

/** Latest per place after the changes: a changed observation wins when it is the place's latest day. */
export function applyToLatestPerPlace(latest: MetricObservation[], changes: ObservationChange[]): MetricObservation[] {
  const rows = new Map(latest.map((row) => [`${row.metric}|${row.locationId}`, row]));
  for (const change of changes) {
    const key = `${change.metric}|${change.locationId}`;
    const current = rows.get(key);
    if (!current || change.date >= current.date) rows.set(key, { metric: change.metric, locationId: change.locationId, date: change.date, ...change.after });
  }
  return [...rows.values()];
}

/** Observations after the changes: changed ones replaced, new ones added. */
export function applyToObservations(observations: MetricObservation[], changes: ObservationChange[]): MetricObservation[] {
  const rows = new Map(observations.map((row) => [observationKey(row), row]));
  for (const change of changes) rows.set(observationKey(change), { metric: change.metric, locationId: change.locationId, date: change.date, ...change.after });
  return [...rows.values()];
}

function isEstimate(value: DrawnValue): number {
  return value.qualifier === 'exact' ? 0 : 1;
}
