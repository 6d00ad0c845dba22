/**
 * Measure and period of a figure (facts.md, "Measure and period"): a flow (new during its period),
 * a stock (present at a point in time) or a cumulative running total, and the first day it covers.
 */
import type { Metric } from '@/lib/facts/vocabulary';
import { STOCK_METRICS } from '@/lib/facts/vocabulary';
import { addDays, firstOfMonth, isoDay, parseDay } from './calendar';
import type { DateMention, ResolvedDate } from './dates';

export type Measure = 'flow' | 'stock' | 'cumulative';
export type MeasureReading = { measure: Measure; periodStart: string | null };

/** Words that make a figure a running total, read in the figure's own clause. */
const RUNNING =
  /\b(?:since|so far|in total|a total of|to date|cumulative(?:ly)?|altogether|in all|overall|(?:death |casualty |the )?toll (?:rose|climbed|reached|stood|stands|has risen|now stands|jumped|increased)|brought the (?:total|number|toll)|(?:has|have) (?:now )?reached|through (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})|until (?:now|present)|up to (?:now|last night|today)|as of|(?:has|have) already)\b/i;
/** "12,121 have crossed", "have been killed": a present perfect with no day of its own tells a total so far. */
const PERFECT =
  /\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?(?!been\b)[a-z]+(?:ed|en|ne|wn|ft|ught)\b|\bleft\b.*\b(?:dead|killed|injured)\b/i;
/** Metrics whose figures, with no day of their own, are usually totals so far. */
const USUALLY_RUNNING = new Set<Metric>(['people_killed', 'people_injured', 'people_reached']);
/** Present-tense presence: "1.8 million now in Poland", "are displaced", "remain" make a displaced figure a stock. */
const PRESENT =
  /\b(?:now in|there (?:are|were) (?:now )?|are (?:now |currently )?(?:displaced|living|sheltering|staying|hosted|in)|currently|remain(?:s|ed)? (?:displaced|in|at|scattered|trapped|stuck)|hold(?:s|ing)?|host(?:s|ing)?|houses)\b/i;
/** Vehicles not moving: a fleet in service or buses waiting are a stock of vehicles. */
const FLEET = /\b(?:waiting|parked|running|shuttle|shuttling|on standby|stationed)\b/i;
/** Where a clause ends: the figure's reading stops there. */
const CLAUSE_END = /;|\s[—–]\s|,\s+(?:while|whereas|but|and (?:a|an|another|the)\b)|\bwhile\b/g;

/** The clause of text[from, to) around `at`, cut at semicolons, dashes and contrasting conjunctions. */
export function clauseAround(text: string, from: number, to: number, at: number): string {
  let start = from;
  let end = to;
  CLAUSE_END.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = CLAUSE_END.exec(slice); m; m = CLAUSE_END.exec(slice)) {
    const point = from + m.index;
    if (point < at) start = point + m[0].length;
    else if (point > at) {
      end = point;
      break;
    }
  }
  return text.slice(start, end);
}

/** The first day a running total covers, when the text states it ("since 4 December", "so far this year"). */
function runningStart(clause: string, dates: DateMention[], date: ResolvedDate): string | null {
  const stated = dates.find((d) => d.kind === 'running' && d.from);
  if (stated?.from) return stated.from.date;
  if (/\b(?:so far this year|since the (?:beginning|start) of (?:the|this) year|this year so far)\b/i.test(clause)) {
    return isoDay(firstOfMonth(parseDay(date.date).getUTCFullYear(), 0));
  }
  if (/\bsince the (?:beginning|start) of (?:the|this) month\b/i.test(clause)) {
    const day = parseDay(date.date);
    return isoDay(firstOfMonth(day.getUTCFullYear(), day.getUTCMonth()));
  }
  return null;
}

/** A flow over more than its date: a rolling window, a span of named days, a calendar month or week. */
function flowStart(dates: DateMention[], date: ResolvedDate, at: number): string | null {
  const window = nearestTo(dates, at);
  if (window?.kind === 'window') return isoDay(addDays(parseDay(date.date), -Math.max(1, Math.round((window.days ?? 2) - 1))));
  const span = dates.find((d) => d.from && d.kind === 'point' && d.resolved?.date === date.date);
  if (span?.from && span.from.date < date.date) return span.from.date;
  return date.precision === 'month' || date.precision === 'week' ? date.date : null;
}

function nearestTo(dates: DateMention[], at: number): DateMention | undefined {
  const gap = (d: DateMention) => (d.end <= at ? at - d.end : Math.max(0, d.start - at));
  return [...dates].sort((a, b) => gap(a) - gap(b))[0];
}

/** Dates mentioned in the figure's clause only. */
function inClause(dates: DateMention[], work: string, clause: string, sentenceStart: number): DateMention[] {
  const at = work.indexOf(clause, sentenceStart);
  return at < 0 ? dates : dates.filter((d) => d.start >= at && d.end <= at + clause.length);
}

/** `eventStart`: the day the story's disaster or conflict began, for totals that count from it. */
export type MeasureInput = {
  metric: Metric;
  work: string;
  sentence: { start: number; end: number };
  at: number;
  dates: DateMention[];
  date: ResolvedDate;
  eventStart: string | null;
};

function cumulative(clause: string, dates: DateMention[], input: MeasureInput): MeasureReading {
  const stated = runningStart(clause, dates, input.date);
  const fallback = input.eventStart && input.eventStart < input.date.date ? input.eventStart : null;
  return { measure: 'cumulative', periodStart: stated ?? fallback };
}

export function readMeasure(input: MeasureInput): MeasureReading {
  const { metric, work, sentence, at, date } = input;
  const clause = clauseAround(work, sentence.start, sentence.end, at);
  const dates = inClause(input.dates, work, clause, sentence.start);
  if (STOCK_METRICS.has(metric)) return { measure: 'stock', periodStart: null };
  if (metric === 'people_displaced' && PRESENT.test(clause)) return { measure: 'stock', periodStart: null };
  if (metric === 'trucks' && FLEET.test(clause)) return { measure: 'stock', periodStart: null };
  const window = nearestTo(dates, at)?.kind === 'window';
  if (!window && RUNNING.test(clause)) return cumulative(clause, dates, input);
  const ownDay = dates.some((d) => d.kind === 'point' || d.kind === 'period' || d.kind === 'window');
  if (!ownDay && (USUALLY_RUNNING.has(metric) || PERFECT.test(clause))) return cumulative(clause, dates, input);
  return { measure: 'flow', periodStart: flowStart(dates, date, at) };
}
