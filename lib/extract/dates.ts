/**
 * Date expressions in a sentence, resolved against the report date (facts.md, "Dates"):
 * days, weekdays, yesterday, weeks, months and years, rolling windows and running totals.
 */
import type { DatePrecision } from '@/lib/facts/vocabulary';
import { addDays, firstOfMonth, isRealDay, isoDay, latestOnOrBefore, latestWeekday, mondayOf } from './calendar';

export type ResolvedDate = { date: string; precision: DatePrecision };
/** point and period: a day or calendar period; window and running: end at the anchor day. */
export type DateKind = 'point' | 'period' | 'window' | 'running';
export type DateMention = { start: number; end: number; kind: DateKind; resolved: ResolvedDate | null; precision: DatePrecision };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|few|several|couple of)';
const UNIT_PRECISION: Record<string, DatePrecision> = { hour: 'day', day: 'day', week: 'week', month: 'month', year: 'year' };

type Rule = { pattern: RegExp; read: (m: RegExpExecArray, report: Date) => Omit<DateMention, 'start' | 'end'> | null };

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function day(date: Date, kind: DateKind = 'point'): Omit<DateMention, 'start' | 'end'> {
  return { kind, resolved: { date: isoDay(date), precision: 'day' }, precision: 'day' };
}

function period(date: Date, precision: DatePrecision): Omit<DateMention, 'start' | 'end'> {
  return { kind: 'period', resolved: { date: isoDay(date), precision }, precision };
}

function dayOfMonth(report: Date, month: number, dom: number, year?: string): Omit<DateMention, 'start' | 'end'> | null {
  if (year) return isRealDay(Number(year), month, dom) ? day(new Date(Date.UTC(Number(year), month, dom))) : null;
  return isRealDay(2000, month, dom) ? day(latestOnOrBefore(report, month, dom)) : null;
}

function window(precision: DatePrecision): Omit<DateMention, 'start' | 'end'> {
  return { kind: 'window', resolved: null, precision };
}

/** Earlier rules win where two overlap: a running total before the month it starts from, windows before "last week". */
const RULES: Rule[] = [
  { pattern: /\b(?:since|so far this year|so far|to date|year to date|cumulatively)\b/gi, read: () => ({ kind: 'running', resolved: null, precision: 'day' }) },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => dayOfMonth(new Date(0), Number(m[2]) - 1, Number(m[3]), m[1]) },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g'), read: (m, r) => dayOfMonth(r, monthIndex(m[2]), Number(m[1]), m[3]) },
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?\\b`, 'g'), read: (m, r) => dayOfMonth(r, monthIndex(m[1]), Number(m[2]), m[3]) },
  { pattern: new RegExp(`\\b${MONTH}(?:\\s+(\\d{4})|\\s+(last|this) year)?\\b`, 'g'), read: readMonth },
  { pattern: /\b(?:in|during|throughout|of|by)\s+((?:19|20)\d{2})\b/g, read: (m) => period(new Date(Date.UTC(Number(m[1]), 0, 1)), 'year') },
  { pattern: new RegExp(`\\b(?:in|over|during|within|for)\\s+(?:the\\s+)?(?:last|past|previous|preceding)\\s+(?:${COUNT}\\s+)?(hour|day|week|month|year)s?\\b`, 'gi'), read: (m) => window(UNIT_PRECISION[m[1].toLowerCase()]) },
  { pattern: /\b(?:in|within)\s+(?:a|one|a single)\s+(day|week|month|year)\b/gi, read: (m) => window(UNIT_PRECISION[m[1].toLowerCase()]) },
  { pattern: /\b(?:in|over) recent (day|week|month)s\b|\bthis past (week|month)\b/gi, read: (m) => window(UNIT_PRECISION[(m[1] ?? m[2]).toLowerCase()]) },
  { pattern: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/g, read: (m, r) => day(latestWeekday(r, WEEKDAYS.indexOf(m[1].toLowerCase()))) },
  { pattern: /\b(?:over |at |this )?the weekend\b/gi, read: (_m, r) => day(latestWeekday(r, 6)) },
  { pattern: /\b(yesterday|last night)\b/gi, read: (_m, r) => day(addDays(r, -1)) },
  { pattern: /\b(today|this morning|this afternoon|this evening|tonight)\b/gi, read: (_m, r) => day(r) },
  { pattern: /\b(?:earlier |later )?(this|last) (week|month|year)\b/gi, read: readRelativePeriod },
];

function readMonth(m: RegExpExecArray, report: Date): Omit<DateMention, 'start' | 'end'> {
  const month = monthIndex(m[1]);
  if (m[2]) return period(firstOfMonth(Number(m[2]), month), 'month');
  const year = report.getUTCFullYear() - (m[3]?.toLowerCase() === 'last' ? 1 : 0);
  if (m[3]) return period(firstOfMonth(year, month), 'month');
  return period(latestOnOrBefore(report, month, 1), 'month');
}

function readRelativePeriod(m: RegExpExecArray, report: Date): Omit<DateMention, 'start' | 'end'> {
  const last = m[1].toLowerCase() === 'last';
  const unit = m[2].toLowerCase();
  if (unit === 'week') return period(addDays(mondayOf(report), last ? -7 : 0), 'week');
  if (unit === 'month') return period(firstOfMonth(report.getUTCFullYear(), report.getUTCMonth() - (last ? 1 : 0)), 'month');
  return period(new Date(Date.UTC(report.getUTCFullYear() - (last ? 1 : 0), 0, 1)), 'year');
}

/** All date mentions of a sentence, without overlaps, in text order. */
export function findDates(work: string, start: number, end: number, report: Date): DateMention[] {
  const text = work.slice(start, end);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const from = start + m.index;
      const to = from + m[0].length;
      if (found.some((d) => d.start < to && from < d.end)) continue;
      const mention = rule.read(m, report);
      if (mention) found.push({ ...mention, start: from, end: to });
    }
  }
  return absorbRunningStarts(found).sort((a, b) => a.start - b.start);
}

/** "since January": the month is where a running total starts, so it reads as the running total, not as January. */
function absorbRunningStarts(found: DateMention[]): DateMention[] {
  const running = found.filter((d) => d.kind === 'running');
  return found.map((d) =>
    d.kind !== 'running' && running.some((r) => d.start >= r.end && d.start - r.end <= 14)
      ? { ...d, kind: 'running', resolved: null, precision: 'day' }
      : d,
  );
}

/** The day a window or running total ends at: the sentence's own day if it has one, else the given anchor. */
export function resolveMention(mention: DateMention, anchor: ResolvedDate): ResolvedDate {
  if (mention.resolved) return mention.resolved;
  return { date: anchor.date, precision: mention.precision };
}
