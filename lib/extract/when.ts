/**
 * The day each figure refers to, across sentences: the report's "As of" day, the day of the
 * account a sentence continues, the month a paragraph is about ("during the month").
 */
import type { DatePrecision } from '@/lib/facts/vocabulary';
import type { DateMention, ResolvedDate } from './dates';

const NOT_CONTINUING = /\b(?:now|currently|still|so far|in total|altogether|overall)\b/i;
/** Crossing one of these between a figure and a date mention means the date belongs to another clause. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\b|\band that\b|\bwhile\b|\bwhereas\b|\bcompared (?:with|to)\b/i;
const CLAUSE_PENALTY = 80;

export class DayMemory {
  private asOf: ResolvedDate | null = null;
  /** the day of the previous sentence in the same paragraph, for figures continuing its account */
  private carried: { paragraph: number; date: ResolvedDate } | null = null;
  private readonly periods = new Map<DatePrecision, ResolvedDate>();

  constructor(private readonly reportDay: ResolvedDate) {}

  /** "As of 13 March" over the lines that follow: undated figures are as of that day. */
  setAsOf(day: ResolvedDate): void {
    this.asOf = day;
  }

  /** "during the month" is the month the account last named; with none named it says nothing. */
  resolveReferences(dates: DateMention[]): DateMention[] {
    const resolved: DateMention[] = [];
    for (const mention of dates) {
      if (mention.kind === 'reference') {
        const period = this.periods.get(mention.precision);
        if (period) resolved.push({ ...mention, kind: 'period', resolved: period });
        continue;
      }
      if (mention.kind === 'period' && mention.resolved) this.periods.set(mention.precision, mention.resolved);
      resolved.push(mention);
    }
    return resolved;
  }

  /** The day a sentence is about: its own first day, else the day of the account it continues, else the report's. */
  anchor(paragraph: number, dates: DateMention[], text: string): ResolvedDate {
    const own = dates.find((d) => d.kind === 'point' && d.resolved)?.resolved;
    if (own) {
      this.carried = { paragraph, date: own };
      return own;
    }
    const carried = this.carried;
    const continues = carried && carried.paragraph === paragraph && !NOT_CONTINUING.test(text);
    return continues ? carried.date : (this.asOf ?? this.reportDay);
  }
}

/** Where a mention sits from the figure, in characters, plus a penalty when a clause lies between. */
function distance(work: string, mention: DateMention, at: number): number {
  const [from, to] = mention.end <= at ? [mention.end, at] : [at, Math.max(at, mention.start)];
  const gap = mention.end <= at ? at - mention.end : Math.max(0, mention.start - at);
  return gap + (gap > 0 && CLAUSE_BREAK.test(work.slice(from, to)) ? CLAUSE_PENALTY : 0);
}

/**
 * The date mention nearest the figure, preferring the day of an event over the day it was
 * announced ("killed on Saturday, the coast guard said on Monday"); windows and running totals end
 * at the sentence's day.
 */
export function dateFor(work: string, dates: DateMention[], at: number, anchor: ResolvedDate): ResolvedDate {
  const events = dates.filter((d) => !d.statement);
  const candidates = events.length > 0 ? events : dates;
  let nearest: DateMention | null = null;
  let best = Infinity;
  for (const mention of candidates) {
    const d = distance(work, mention, at);
    if (d < best) {
      best = d;
      nearest = mention;
    }
  }
  if (!nearest) return anchor;
  return nearest.resolved ?? { date: anchor.date, precision: nearest.precision };
}
