/** Calendar periods as ISO days ('YYYY-MM-DD'): strings, so no time zone can shift a day. */
export type Period = { from: string; to: string };

/** How far back the dashboard looks when the URL names no dates: the last 90 days that have data. */
export const DEFAULT_PERIOD_DAYS = 90;

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days in the period, both ends included. */
export function lengthInDays({ from, to }: Period): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The period of the same length that ends the day before this one starts. */
export function previousPeriod(period: Period): Period {
  const length = lengthInDays(period);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/**
 * The period a view shows: the URL's dates where given; otherwise the last DEFAULT_PERIOD_DAYS
 * up to the latest day with figures (the example data is from 2019, so "the last 90 days from
 * today" would be empty), or up to today when there are no figures at all.
 */
export function resolvePeriod(requested: { from: string | null; to: string | null }, latestDay: string | null, today: string): Period {
  const to = requested.to ?? (requested.from && latestDay && latestDay < requested.from ? requested.from : (latestDay ?? today));
  const from = requested.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  return { from, to };
}

export type Change = { direction: 'up' | 'down' | 'same'; percent: number | null };

/** Change of a value against the previous period; percent is null when there was nothing before. */
export function changeBetween(current: number, previous: number | null): Change | null {
  if (previous === null) return null;
  if (current === previous) return { direction: 'same', percent: 0 };
  const direction = current > previous ? 'up' : 'down';
  return { direction, percent: previous === 0 ? null : Math.round(((current - previous) / previous) * 100) };
}
