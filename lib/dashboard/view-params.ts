import { isGranularity, type Granularity } from '@/lib/dashboard/buckets';
import type { SearchParamsInput } from '@/lib/validation/filters';

/** `?date=YYYY-MM-DD`: the per-date view, everything known about one day. Invalid days are ignored. */
export function parseDayParam(input: SearchParamsInput): string | null {
  const value = input instanceof URLSearchParams ? input.get('date') : [input.date].flat()[0];
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : value;
}

/** `?by=day|week|month`: how bars are grouped; null lets the period decide. */
export function parseGranularityParam(input: SearchParamsInput): Granularity | null {
  const value = input instanceof URLSearchParams ? input.get('by') : [input.by].flat()[0];
  return isGranularity(value) ? value : null;
}

/** Positive page number from `?page=`, 1 when absent or invalid. */
export function parsePageParam(input: SearchParamsInput): number {
  const value = Number(input instanceof URLSearchParams ? input.get('page') : [input.page].flat()[0]);
  return Number.isInteger(value) && value > 0 && value < 100_000 ? value : 1;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
