import type { MetricSummary, SeriesPoint } from '@/lib/export/summary';

/**
 * A metric's series in at most a few dozen buckets for the summary charts: days for a short
 * period, ISO weeks (by their Monday) up to half a year, months beyond. Flows add up within a
 * bucket; stocks keep the bucket's last level, as the dashboard's lines do.
 */
export type Bucket = 'day' | 'week' | 'month';
/** `empty`: nothing was reported in the bucket (no bar; a stock line has no level yet). */
/** A bucket's total or level; which places it holds does not matter to a chart. */
type Level = Omit<SeriesPoint, 'placeIds'>;
export type ChartPoint = Level & { label: string; empty: boolean };

const DAY_MS = 86_400_000;

export function chooseBucket(firstDate: string, lastDate: string): Bucket {
  const days = (Date.parse(lastDate) - Date.parse(firstDate)) / DAY_MS;
  if (days <= 31) return 'day';
  if (days <= 26 * 7) return 'week';
  return 'month';
}

export function bucketStart(isoDay: string, bucket: Bucket): string {
  if (bucket === 'day') return isoDay;
  if (bucket === 'month') return `${isoDay.slice(0, 7)}-01`;
  const date = new Date(`${isoDay}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Every bucket from the period's first to its last day, so the time axis is even: a week with no
 * report shows as a gap, not as a squeezed axis. Stocks carry their level into quiet buckets.
 */
export function chartPoints(metric: MetricSummary, bucket: Bucket, period: { first: string; last: string }): ChartPoint[] {
  const sums = new Map<string, Level>();
  for (const point of metric.series) {
    const start = bucketStart(point.date, bucket);
    const current = sums.get(start);
    if (current && metric.kind === 'flow') {
      current.low += point.low;
      current.high += point.high;
    } else {
      sums.set(start, { date: start, low: point.low, high: point.high });
    }
  }
  const points: ChartPoint[] = [];
  let level: Level | null = null;
  for (let start = bucketStart(period.first, bucket); start <= period.last; start = nextBucket(start, bucket)) {
    const found = sums.get(start);
    if (metric.kind === 'stock' && found) level = found;
    const shown = metric.kind === 'stock' ? level : found;
    points.push({ date: start, low: shown?.low ?? 0, high: shown?.high ?? 0, label: bucketLabel(start, bucket), empty: !shown });
  }
  return points;
}

function nextBucket(isoDay: string, bucket: Bucket): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (bucket === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (bucket === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

// Formatters made once: toLocaleDateString(options) builds a new ICU formatter on every call.
const MONTH_LABEL = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function bucketLabel(isoDay: string, bucket: Bucket): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (bucket === 'month') return MONTH_LABEL.format(date);
  const label = DAY_LABEL.format(date);
  return bucket === 'week' ? `wk ${label}` : label;
}

export const BUCKET_NOUN: Record<Bucket, string> = { day: 'day', week: 'week', month: 'month' };
