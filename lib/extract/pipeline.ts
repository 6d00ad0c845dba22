/** The extraction pipeline: sentences -> figures -> metric, date, place, source -> facts. */
import type { DatePrecision, Metric, Qualifier } from '@/lib/facts/vocabulary';
import { attribute, type Speakers } from './attribution';
import { parseDay } from './calendar';
import { readDateline } from './dateline';
import { findDates, resolveMention, type DateMention, type ResolvedDate } from './dates';
import { exclusionReason } from './exclusions';
import { findFigures, type Figure } from './figures';
import { chooseLocation, FocalPlace } from './location';
import { chooseMetric, findCues } from './metrics';
import { normalizeText } from './normalize';
import { resolveOrganizationName } from './organizations';
import { findPlaces, type PlaceMemory } from './places';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

export type ReportContext = { published: string; publisher: string };
export type ExtractedFact = {
  metric: Metric; altMetrics: Metric[]; low: number; high: number; qualifier: Qualifier; unit: string;
  location: string; date: string; datePrecision: DatePrecision; sourceOrg: string;
  excerpt: string; start: number; end: number; cue: string;
};

/** Largest figure kept: above the world's population it is a misreading, not a count. */
const MAX_FIGURE = 10_000_000_000;
const NOT_CONTINUING = /\b(?:now|currently|still|so far|in total|altogether|overall)\b/i;
const MAY_HAVE_FIGURE = /\d|hundred|thousand|dozen|million|score|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|fifth|first|second|third/i;
const MAY_ATTRIBUTE = /\b(?:said|says|according|told|reported|estimate|announced|stated|registered|recorded)/i;

type ReportState = {
  text: string; work: string; report: Date; reportDay: ResolvedDate; fallbackSource: string;
  speakers: Speakers; places: PlaceMemory; focal: FocalPlace;
  /** the day of the previous sentence in the same paragraph, for figures continuing its account */
  carried: { paragraph: number; date: ResolvedDate } | null;
};

export function extractFacts(text: string, context: ReportContext): ExtractedFact[] {
  const work = normalizeText(text ?? '');
  const dateline = readDateline(work);
  const report = parseDay(context.published);
  const state: ReportState = {
    text, work, report, reportDay: { date: context.published, precision: 'day' },
    fallbackSource: dateline.wire ?? (resolveOrganizationName(context.publisher ?? '') || 'Unspecified'),
    speakers: { last: null }, places: { camp: null, place: null }, focal: new FocalPlace(dateline.place), carried: null,
  };
  const facts: ExtractedFact[] = [];
  for (const sentence of splitSentences(work)) readSentence(state, sentence, facts);
  const focal = state.focal.best();
  return dedupe(facts.map((fact) => (fact.location ? fact : { ...fact, location: focal })));
}

function readSentence(state: ReportState, sentence: Sentence, facts: ExtractedFact[]): void {
  const { work } = state;
  const tokens = tokenize(work, sentence.start, sentence.end);
  const places = findPlaces(tokens, state.places);
  state.focal.count(places);
  const dates = findDates(work, sentence.start, sentence.end, state.report);
  const hasFigure = MAY_HAVE_FIGURE.test(work.slice(sentence.start, sentence.end));
  const figures = hasFigure ? findFigures(tokens) : [];
  const anchor = sentenceAnchor(state, sentence, dates);
  if (figures.length === 0) {
    if (MAY_ATTRIBUTE.test(work.slice(sentence.start, sentence.end))) attribute(work, sentence.start, sentence.end, sentence.start, state.speakers);
    return;
  }
  const cues = findCues(work, tokens, sentence.start, sentence.end);
  const lower = work.slice(sentence.start, sentence.end).toLowerCase();
  for (const figure of figures) {
    const fact = readFigure(state, sentence, tokens, figure, { cues, lower, dates, anchor, places });
    if (fact) facts.push(fact);
  }
}

type SentenceView = { cues: ReturnType<typeof findCues>; lower: string; dates: DateMention[]; anchor: ResolvedDate; places: ReturnType<typeof findPlaces> };

function readFigure(state: ReportState, sentence: Sentence, tokens: Token[], figure: Figure, view: SentenceView): ExtractedFact | null {
  const { quantity, counted } = figure;
  if (!(quantity.high <= MAX_FIGURE) || !(quantity.low >= 0)) return null;
  const choice = chooseMetric(tokens, view.cues, quantity, counted, view.lower);
  if (!choice) return null;
  const from = tokens[quantity.figureStart].start;
  const to = tokens[quantity.end - 1].end;
  const inDate = view.dates.some((d) => d.kind !== 'running' && d.start < to && from < d.end);
  if (exclusionReason(tokens, quantity, counted.kind, choice.cueToken, inDate)) return null;
  const date = dateFor(view.dates, from, view.anchor);
  const source = attribute(state.work, sentence.start, sentence.end, from, state.speakers) ?? state.fallbackSource;
  return {
    metric: choice.metric, altMetrics: choice.altMetrics, low: quantity.low, high: quantity.high,
    qualifier: quantity.qualifier, unit: counted.unit.slice(0, 50) || 'people',
    location: chooseLocation(view.places, quantity, choice.cueToken) ?? '',
    date: date.date, datePrecision: date.precision, sourceOrg: source.slice(0, 200),
    excerpt: state.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, cue: choice.cue,
  };
}

/** The day a sentence is about: its own first day, else the day of the account it continues, else the report date. */
function sentenceAnchor(state: ReportState, sentence: Sentence, dates: DateMention[]): ResolvedDate {
  const own = dates.find((d) => d.kind === 'point' && d.resolved)?.resolved;
  if (own) {
    state.carried = { paragraph: sentence.paragraph, date: own };
    return own;
  }
  const carried = state.carried;
  const continues = carried && carried.paragraph === sentence.paragraph && !NOT_CONTINUING.test(state.work.slice(sentence.start, sentence.end));
  return continues ? carried.date : state.reportDay;
}

/** The date mention nearest the figure; windows and running totals end at the sentence's day. */
function dateFor(dates: DateMention[], at: number, anchor: ResolvedDate): ResolvedDate {
  let nearest: DateMention | null = null;
  let best = Infinity;
  for (const mention of dates) {
    const distance = mention.end <= at ? at - mention.end : Math.max(0, mention.start - at);
    if (distance < best) { best = distance; nearest = mention; }
  }
  return nearest ? resolveMention(nearest, anchor) : anchor;
}

/** The same figure for the same date, place and source is one fact (facts.md). */
function dedupe(facts: ExtractedFact[]): ExtractedFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = [fact.metric, fact.low, fact.high, fact.date, fact.location.toLowerCase(), fact.sourceOrg].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
