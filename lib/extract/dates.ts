/**
 * Date expressions in a sentence, resolved against the report date (facts.md, "Dates"):
 * days, weekdays, yesterday, weeks, months and years, rolling windows and running totals.
 */
import type { DatePrecision } from '@/lib/facts/vocabulary';
import { addDays, firstOfMonth, isRealDay, isoDay, latestOnOrBefore, latestWeekday, mondayOf } from './calendar';

export type ResolvedDate = { date: string; precision: DatePrecision };
/**
 * point and period: a day or calendar period; window and running: end at the anchor day;
 * reference: "during the month", the period the account is already about.
 * `statement` marks the day something was said ("said on Tuesday"), weaker than the day of an event.
 */
export type DateKind = 'point' | 'period' | 'window' | 'running' | 'reference';
/** `from`: the first day a span or a running total covers; `days`: a rolling window's length. */
export type DateMention = {
  start: number;
  end: number;
  kind: DateKind;
  resolved: ResolvedDate | null;
  precision: DatePrecision;
  statement?: boolean;
  from?: ResolvedDate | null;
  days?: number;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const COUNT = '(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|few|several|couple of)';
const COUNT_VALUES: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
};
const UNIT_PRECISION: Record<string, DatePrecision> = { hour: 'day', day: 'day', week: 'week', month: 'month', year: 'year' };

/** Words a rule needs before its pattern is worth running: most sentences name no day at all. */
type Gate = 'running' | 'iso' | 'month' | 'yyyy' | 'unit' | 'time';
type Rule = { gate: Gate[]; pattern: RegExp; read: (m: RegExpExecArray, report: Date) => Omit<DateMention, 'start' | 'end'> | null };

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

function window(precision: DatePrecision, days?: number): Omit<DateMention, 'start' | 'end'> {
  return { kind: 'window', resolved: null, precision, days };
}

/** Earlier rules win where two overlap: a running total before the month it starts from, windows before "last week". */
const RULES: Rule[] = [
  {
    gate: ['running'],
    pattern: /\b(?:since|so far this year|so far|to date|year to date|cumulatively)\b/gi,
    read: () => ({ kind: 'running', resolved: null, precision: 'day' }),
  },
  { gate: ['iso'], pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => dayOfMonth(new Date(0), Number(m[2]) - 1, Number(m[3]), m[1]) },
  {
    gate: ['month'],
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    read: (m, r) => dayOfMonth(r, monthIndex(m[2]), Number(m[1]), m[3]),
  },
  {
    gate: ['month'],
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    read: (m, r) => dayOfMonth(r, monthIndex(m[1]), Number(m[2]), m[3]),
  },
  { gate: ['month'], pattern: new RegExp(`\\b${MONTH}(?:\\s+(\\d{4})|\\s+(last|this) year)?\\b`, 'g'), read: readMonth },
  {
    gate: ['yyyy'],
    pattern: /\b(?:in|during|throughout|of|by)\s+((?:19|20)\d{2})\b/g,
    read: (m) => period(new Date(Date.UTC(Number(m[1]), 0, 1)), 'year'),
  },
  {
    gate: ['unit'],
    pattern: new RegExp(
      `\\b(?:in|over|during|within|for)\\s+(?:the\\s+)?(?:last|past|previous|preceding)\\s+(?:${COUNT}\\s+)?(hour|day|week|month|year)s?\\b`,
      'gi',
    ),
    read: (m) => window(windowPrecision(m[1], m[2]), windowDays(m[1], m[2])),
  },
  {
    gate: ['unit'],
    pattern: /\b(?:in|within)\s+(?:a|one|a single)\s+(day|week|month|year)\b/gi,
    read: (m) => window(UNIT_PRECISION[m[1].toLowerCase()], windowDays('1', m[1])),
  },
  {
    gate: ['unit'],
    pattern: /\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+fortnight\b/gi,
    read: () => window('week', 14),
  },
  {
    gate: ['unit'],
    pattern: /\b(?:during|in|over|throughout|for|within|for most of|earlier in|later in) the (month|week)\b/gi,
    read: (m) => ({ kind: 'reference', resolved: null, precision: UNIT_PRECISION[m[1].toLowerCase()] }),
  },
  {
    gate: ['unit'],
    pattern: /\b(?:in|over) recent (day|week|month)s\b|\bthis past (week|month)\b/gi,
    read: (m) => window(UNIT_PRECISION[(m[1] ?? m[2]).toLowerCase()]),
  },
  {
    gate: ['unit'],
    pattern: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/g,
    read: (m, r) => day(latestWeekday(r, WEEKDAYS.indexOf(m[1].toLowerCase()))),
  },
  { gate: ['unit'], pattern: /\b(?:over |at |this )?the weekend\b/gi, read: (_m, r) => day(latestWeekday(r, 6)) },
  { gate: ['unit', 'time'], pattern: /\b(yesterday|last night)\b/gi, read: (_m, r) => day(addDays(r, -1)) },
  { gate: ['unit', 'time'], pattern: /\b(today|this morning|this afternoon|this evening|tonight)\b/gi, read: (_m, r) => day(r) },
  { gate: ['unit'], pattern: /\b(?:earlier |later )?(this|last) (week|month|year)\b/gi, read: readRelativePeriod },
];

function windowDays(count: string | undefined, unit: string): number {
  const n = count ? Number(count) || COUNT_VALUES[count.toLowerCase()] || 3 : 1;
  return n * ({ hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 } as Record<string, number>)[unit.toLowerCase()];
}

/** A window's precision is its length: "the past 7 days" is a week, "the past 12 months" a year. */
function windowPrecision(count: string | undefined, unit: string): DatePrecision {
  const days = windowDays(count, unit);
  return days >= 360 ? 'year' : days >= 28 ? 'month' : days >= 7 ? 'week' : 'day';
}

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

/** Words that open the rules: a rule runs only when the sentence has one of its words. */
const GATE_WORDS =
  /since|so far|to date|cumulativ|\d{4}-\d\d|(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|hour|fortnight|night|morning|afternoon|evening/gi;

function gateOf(word: string): Gate {
  const lower = word.toLowerCase();
  if (/^(?:since|so far|to date|cumulativ)$/.test(lower)) return 'running';
  if (lower.length === 7) return 'iso';
  if (/^\d{4}$/.test(lower)) return 'yyyy';
  if (/^(?:night|morning|afternoon|evening)$/.test(lower)) return 'time';
  return /^(?:day|week|month|year|hour|fortnight)$/.test(lower) ? 'unit' : 'month';
}

function gatesOf(text: string): Set<Gate> {
  const gates = new Set<Gate>();
  GATE_WORDS.lastIndex = 0;
  for (let m = GATE_WORDS.exec(text); m; m = GATE_WORDS.exec(text)) gates.add(gateOf(m[0]));
  return gates;
}

/** All date mentions of a sentence, without overlaps, in text order. */
export function findDates(work: string, start: number, end: number, report: Date): DateMention[] {
  const text = work.slice(start, end);
  const found: DateMention[] = [];
  const gates = gatesOf(text);
  if (gates.size === 0) return [];
  for (const rule of RULES) {
    if (!rule.gate.some((gate) => gates.has(gate))) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const from = start + m.index;
      const to = from + m[0].length;
      if (found.some((d) => d.start < to && from < d.end)) continue;
      const mention = rule.read(m, report);
      if (mention) found.push({ ...mention, start: from, end: to });
    }
  }
  return markStatements(
    work,
    joinSpans(
      work,
      absorbRunningStarts(work, found).sort((a, b) => a.start - b.start),
    ),
  );
}

/**
 * "since January", "since the crossing reopened on March 10": the day is where a running total
 * starts, so it reads as the running total, up to the end of that phrase.
 */
function absorbRunningStarts(work: string, found: DateMention[]): DateMention[] {
  const running = found.filter((d) => d.kind === 'running');
  return found.map((d) =>
    d.kind !== 'running' && running.some((r) => d.start >= r.end && d.start - r.end <= 45 && !/[,;:]/.test(work.slice(r.end, d.start)))
      ? { ...d, kind: 'running', resolved: null, precision: 'day', from: d.resolved }
      : d,
  );
}

const SAID_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|confirmed|warned)\s+(?:on\s+|late\s+|early\s+)?$/i;

/** "the ministry said on Sunday that ...": the day of the statement, not of the events it reports. */
function markStatements(work: string, found: DateMention[]): DateMention[] {
  for (const mention of found) {
    if (mention.kind === 'point' && SAID_BEFORE.test(work.slice(Math.max(0, mention.start - 30), mention.start))) mention.statement = true;
  }
  return found;
}

/** "on Tuesday and Wednesday", "between 5 and 7 October": the figure is as of the later day. */
function joinSpans(work: string, found: DateMention[]): DateMention[] {
  for (let i = found.length - 2; i >= 0; i -= 1) {
    const [first, second] = [found[i], found[i + 1]];
    if (
      first.kind === 'point' &&
      second.kind === 'point' &&
      /^\s*(?:and|to|-|until|through)\s*$/.test(work.slice(first.end, second.start))
    ) {
      found.splice(i, 2, { ...second, start: first.start, from: first.resolved });
    }
  }
  return found;
}
