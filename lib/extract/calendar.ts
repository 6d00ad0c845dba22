/** Day arithmetic on ISO dates, in UTC so that time zones never shift a day. */

export function parseDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

/** Monday of the week containing the day (weeks start on Monday, as in ISO 8601). */
export function mondayOf(day: Date): Date {
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/** The latest given weekday (0 = Sunday) on or before the day. */
export function latestWeekday(day: Date, weekday: number): Date {
  return addDays(day, -((day.getUTCDay() - weekday + 7) % 7));
}

export function firstOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}

/** A day or month named without its year is the latest one on or before the report date. */
export function latestOnOrBefore(report: Date, month: number, day: number): Date {
  const year = report.getUTCFullYear();
  const candidate = new Date(Date.UTC(year, month, day));
  return candidate.getTime() > report.getTime() ? new Date(Date.UTC(year - 1, month, day)) : candidate;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
}
