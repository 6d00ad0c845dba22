import { DAY_MS, dayTime } from '@/lib/charts/scale';
import type { BucketPoint } from '@/lib/dashboard/buckets';

export type Period = { from: string; to: string };

/** Where a bucket sits on a time axis: the middle of its days, so a week's bar covers its week. */
export function bucketMiddle(point: Pick<BucketPoint, 'start' | 'end'>): number {
  return (dayTime(point.start) + dayTime(point.end) + DAY_MS) / 2;
}
