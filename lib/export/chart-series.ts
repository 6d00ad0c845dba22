import type { MetricSummary, SeriesPoint } from '@/lib/export/summary';

/**
 * A metric's series in at most a few dozen buckets for the summary charts: days for a short
 * period, ISO weeks (by their Monday) up to half a year, months beyond. Flows add up within a
 * bucket; stocks keep the bucket's last level, as the dashboard's lines do.
 */
export type Bucket = 'day' | 'week' | 'month';
export type ChartPoint = SeriesPoint & { label: string };

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

export function chartPoints(metric: MetricSummary, bucket: Bucket): ChartPoint[] {
  const buckets = new Map<string, ChartPoint>();
  for (const point of metric.series) {
    const start = bucketStart(point.date, bucket);
    const current = buckets.get(start);
    if (!current) buckets.set(start, { date: start, low: point.low, high: point.high, label: start });
    else if (metric.kind === 'flow') {
      current.low += point.low;
      current.high += point.high;
    } else {
      current.low = point.low;
      current.high = point.high;
    }
  }
  return [...buckets.values()].sort((a, b) => a.date.localeCompare(b.date)).map((point) => ({ ...point, label: bucketLabel(point.date, bucket) }));
}

export function bucketLabel(isoDay: string, bucket: Bucket): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (bucket === 'month') return date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const label = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return bucket === 'week' ? `wk ${label}` : label;
}

export const BUCKET_NOUN: Record<Bucket, string> = { day: 'day', week: 'week', month: 'month' };
