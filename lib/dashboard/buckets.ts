import { addDays, lengthInDays, type Period } from '@/lib/dashboard/period';

export type Granularity = 'day' | 'week' | 'month';
export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

/** One day's total of one metric (flows), as the data layer returns it. */
export type DailyTotal = {
  metric: string;
  date: string;
  low: number;
  high: number;
  observationCount: number;
  /** Observations worked out from running totals (lib/facts/running-totals.ts deriveFlows); 0 when absent. */
  derivedCount?: number;
  hasEstimate: boolean;
};

/** One bar or point: a bucket's first and last day, the range it stands for and the value drawn. */
export type BucketPoint = {
  start: string;
  end: string;
  low: number;
  high: number;
  value: number;
  observationCount: number;
  /** Of the observations, how many are flows worked out from running totals. */
  derivedCount: number;
  hasEstimate: boolean;
};

/** Days for short periods, weeks up to a year, months beyond: about 10–90 bars either way. */
export function chooseGranularity(period: Period): Granularity {
  const days = lengthInDays(period);
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  return 'month';
}

/** The first day of the bucket a day falls in: the day itself, its ISO week's Monday, or the 1st. */
export function bucketStart(isoDay: string, granularity: Granularity): string {
  if (granularity === 'day') return isoDay;
  if (granularity === 'month') return `${isoDay.slice(0, 7)}-01`;
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return addDays(isoDay, -((weekday + 6) % 7));
}

export function bucketEnd(start: string, granularity: Granularity): string {
  if (granularity === 'day') return start;
  if (granularity === 'week') return addDays(start, 6);
  const [year, month] = start.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Flows add up within a bucket: the bars of a flow chart. */
export function bucketFlows(days: DailyTotal[], granularity: Granularity): BucketPoint[] {
  const buckets = new Map<string, BucketPoint>();
  for (const day of days) {
    const start = bucketStart(day.date, granularity);
    const bucket = buckets.get(start) ?? {
      start,
      end: bucketEnd(start, granularity),
      low: 0,
      high: 0,
      value: 0,
      observationCount: 0,
      derivedCount: 0,
      hasEstimate: false,
    };
    bucket.low += day.low;
    bucket.high += day.high;
    bucket.observationCount += day.observationCount;
    bucket.derivedCount += day.derivedCount ?? 0;
    bucket.hasEstimate ||= day.hasEstimate;
    buckets.set(start, bucket);
  }
  return [...buckets.values()].map(withMidpoint).sort((a, b) => a.start.localeCompare(b.start));
}

/** A stock observation of one place, as the data layer returns it. */
export type PlaceObservation = { locationId: string; date: string; low: number; high: number; qualifier: string };

/** Stocks never add up over days: each bucket carries each place's latest observation in it. */
export function bucketLatest(observations: PlaceObservation[], granularity: Granularity): Map<string, BucketPoint[]> {
  const byPlace = new Map<string, Map<string, PlaceObservation>>();
  for (const observation of observations) {
    const start = bucketStart(observation.date, granularity);
    const buckets = byPlace.get(observation.locationId) ?? new Map<string, PlaceObservation>();
    const current = buckets.get(start);
    if (!current || observation.date > current.date) buckets.set(start, observation);
    byPlace.set(observation.locationId, buckets);
  }
  const series = new Map<string, BucketPoint[]>();
  for (const [locationId, buckets] of byPlace) {
    const points = [...buckets.entries()].map(([start, o]) =>
      withMidpoint({
        start,
        end: bucketEnd(start, granularity),
        low: o.low,
        high: o.high,
        value: 0,
        observationCount: 1,
        derivedCount: 0,
        hasEstimate: o.qualifier !== 'exact',
      }),
    );
    series.set(
      locationId,
      points.sort((a, b) => a.start.localeCompare(b.start)),
    );
  }
  return series;
}

/** A range is drawn at its middle, with the range itself as an error bar or band. */
function withMidpoint(point: BucketPoint): BucketPoint {
  return { ...point, value: (point.low + point.high) / 2 };
}

export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && (GRANULARITIES as readonly string[]).includes(value);
}

/** For charts and tables: "3 Mar 2019" for a day, "Week of 4 Mar 2019", "Mar 2019". */
export function describeBucket(start: string, granularity: Granularity, formatDay: (day: string) => string): string {
  if (granularity === 'day') return formatDay(start);
  if (granularity === 'week') return `Week of ${formatDay(start)}`;
  return formatDay(start).replace(/^\d+ /, '');
}
