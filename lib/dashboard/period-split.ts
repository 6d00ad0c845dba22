import { addDays, type Period } from '@/lib/dashboard/period';

/**
 * Calendar levels of the organization counts (OrganizationMetricRollup.period), coarse to fine.
 * Keys sort in calendar order within a level: 'YYYY', 'YYYY-Qn', 'YYYY-MM', 'YYYY-MM-Dn'
 * (dekads: days 1–10, 11–20, 21–end of month) and 'YYYY-MM-DD'.
 */
export const CALENDAR_LEVELS = ['year', 'quarter', 'month', 'dekad', 'day'] as const;
export type CalendarLevel = (typeof CALENDAR_LEVELS)[number];

/** The key of the unit of `level` a day falls in. */
export function calendarKey(day: string, level: CalendarLevel): string {
  if (level === 'year') return day.slice(0, 4);
  if (level === 'quarter') return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
  if (level === 'month') return day.slice(0, 7);
  if (level === 'dekad') return `${day.slice(0, 8)}D${Math.min(3, Math.ceil(Number(day.slice(8, 10)) / 10))}`;
  return day;
}

/** First and last day of the unit of `level` that a day falls in. */
export function calendarUnit(day: string, level: CalendarLevel): Period {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (level === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (level === 'quarter') {
    const first = Math.floor((month - 1) / 3) * 3 + 1;
    return { from: `${year}-${pad(first)}-01`, to: monthEnd(Number(year), first + 2) };
  }
  if (level === 'month') return { from: `${day.slice(0, 7)}-01`, to: monthEnd(Number(year), month) };
  if (level === 'dekad') {
    const dekad = Number(calendarKey(day, 'dekad').slice(-1));
    return {
      from: `${day.slice(0, 8)}${pad(dekad * 10 - 9)}`,
      to: dekad === 3 ? monthEnd(Number(year), month) : `${day.slice(0, 8)}${dekad * 10}`,
    };
  }
  return { from: day, to: day };
}

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export type CalendarRange = { level: CalendarLevel; from: string; to: string };

/**
 * A period as the fewest whole calendar units, largest first, merged into one key range per
 * run of the same level: at most ~9 ranges (edge days, dekads, months, quarters, then years),
 * so reading it costs about the same whatever the period's length.
 */
export function splitIntoCalendarRanges(period: Period): CalendarRange[] {
  const ranges: CalendarRange[] = [];
  let day = period.from;
  while (day <= period.to) {
    const level = CALENDAR_LEVELS.find((candidate) => {
      const unit = calendarUnit(day, candidate);
      return unit.from === day && unit.to <= period.to;
    })!;
    const key = calendarKey(day, level);
    const last = ranges[ranges.length - 1];
    if (last && last.level === level) last.to = key;
    else ranges.push({ level, from: key, to: key });
    day = addDays(calendarUnit(day, level).to, 1);
  }
  return ranges;
}
