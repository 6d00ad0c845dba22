/** The extraction pipeline: sentences -> figures -> metric, date, place, source -> facts. */
import { MAX_FIGURE, type DatePrecision, type Metric, type Qualifier } from '@/lib/facts/vocabulary';
import { readMeasure, type Measure } from './measure';
import { attribute, newSpeakers, quotedSpeaker, type Speakers } from './attribution';
import { isoDay, parseDay } from './calendar';
import { readDateline, type Dateline } from './dateline';
import { findDates, type DateMention, type ResolvedDate } from './dates';
import { exclusionReason } from './exclusions';
import { findFigures, type Figure } from './figures';
import { CAMP_CONTEXT } from './cues';
import { asOfHeader, headingTailPlace, isHeading } from './layout';
import { chooseLocation, FocalPlace, placeStayed, storyPlace } from './location';
import { chooseMetric, findCues, listedAfter, type MetricChoice } from './metrics';
import { confidenceOf } from './confidence';
import { completeEnds, endsInSentence, endsWithoutFigure, type StoryEnd } from './movement';
import { normalizeText } from './normalize';
import { publisherSpeaker } from './organizations';
import { findPlaces, type PlaceMemory, type PlaceMention } from './places';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { dateFor, DayMemory } from './when';

export type ReportContext = { published: string; publisher: string };
export type ExtractedFact = {
  metric: Metric;
  altMetrics: Metric[];
  low: number;
  high: number;
  qualifier: Qualifier;
  unit: string;
  location: string;
  date: string;
  datePrecision: DatePrecision;
  sourceOrg: string;
  excerpt: string;
  start: number;
  end: number;
  cue: string;
  /** flow, stock or cumulative (facts.md); periodStart: the first day a figure covers, when more than its date */
  measure?: Measure;
  periodStart?: string | null;
  /** movements: where people or vehicles came from and went to, as the text names them */
  origin?: string | null;
  destination?: string | null;
  /** 0..1: how sure the reading is, for ordering the review */
  confidence?: number;
};

const MAY_HAVE_FIGURE =
  /\d|hundred|thousand|dozen|million|score|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|fifth|first|second|third/i;
const MAY_ATTRIBUTE = /\b(?:said|says|according|told|reported|estimate|announced|stated|registered|recorded)/i;

type ReportState = {
  text: string;
  work: string;
  report: Date;
  fallbackSource: string;
  dateline: Dateline;
  speakers: Speakers;
  places: PlaceMemory;
  focal: FocalPlace;
  days: DayMemory;
  /** the report opens by naming a camp or site: its digest lines ("Population: 5,842") are about it */
  campReport: boolean;
  /** the place named by the last heading line ("Kilo 9 site"), for the lines under it */
  section: string | null;
  /** the story's current place: the last place named before this sentence */
  current: string | null;
  paragraph: number;
  paragraphStart: number;
  /** the headline's span: its figures repeat the body's */
  headline: { start: number; end: number } | null;
  /** the day the story's disaster or conflict began, where a totals count from */
  eventStart: string | null;
  /** sentences read so far; the sentence of each fact; movement ends told without a figure */
  sentences: number;
  sentenceOf: Map<ExtractedFact, number>;
  told: StoryEnd[];
};

const EVENT_START =
  /\b(?:earthquakes?|quakes?|cyclone|landfall|floods?|invaded|invasion|clashes|broke out|erupted|(?:fighting|war|conflict) began)\b/i;

export function extractFacts(text: string, context: ReportContext): ExtractedFact[] {
  const work = normalizeText(text ?? '');
  const publisher = publisherSpeaker(context.publisher ?? '') || 'Unspecified';
  const dateline = readDateline(work, publisher);
  const report = parseDay(context.published);
  const state: ReportState = {
    text,
    work,
    report,
    dateline,
    fallbackSource: dateline.wire ?? publisher,
    speakers: newSpeakers(work, publisher),
    places: { camp: null, place: null, recent: dateline.place ? [dateline.place] : [] },
    focal: new FocalPlace(dateline.place),
    days: new DayMemory({ date: context.published, precision: 'day' }),
    campReport: CAMP_CONTEXT.test(work.slice(0, 200)),
    section: null,
    current: null,
    paragraph: -1,
    paragraphStart: 0,
    headline: null,
    eventStart: null,
    sentences: 0,
    sentenceOf: new Map(),
    told: [],
  };
  const facts: ExtractedFact[] = [];
  for (const sentence of splitSentences(work)) readSentence(state, sentence, facts);
  const focal = state.focal.best();
  const sentenceOf = new Map<ExtractedFact, number>();
  const located = facts.map((fact) => {
    const placed = fact.location ? fact : { ...fact, location: focal };
    sentenceOf.set(placed, state.sentenceOf.get(fact) ?? 0);
    return placed;
  });
  // repeats go first: a 10 MB input repeats its facts, and each kept one is copied once for its ends
  const kept = dedupe(dropHeadlineRepeats(located, state.headline));
  return completeEnds(kept, (fact) => sentenceOf.get(fact) ?? 0, state.told);
}

/** Headings: the headline weighs on the report's place; "As of" sets the day; a place heading the lines under it. */
function readLayout(
  state: ReportState,
  sentence: Sentence,
  text: string,
  dates: DateMention[],
  places: PlaceMention[],
  hasFigures: boolean,
): void {
  if (!isHeading(text)) return;
  const asOf = asOfHeader(text, dates);
  if (asOf) state.days.setAsOf(asOf);
  const named = places.find((p) => !p.country)?.name ?? headingTailPlace(text);
  if (sentence.paragraph === 0 && sentence.start === 0 + leadingSpace(state.work)) {
    if (state.work.length > sentence.end + 80) state.headline = { start: sentence.start, end: sentence.end };
    if (named) state.focal.add(named, 2);
    return;
  }
  if (named && !hasFigures && !asOf) state.section = named;
}

function leadingSpace(work: string): number {
  return work.length - work.trimStart().length;
}

function readSentence(state: ReportState, sentence: Sentence, facts: ExtractedFact[]): void {
  const { work } = state;
  state.sentences += 1;
  // the dateline's day and place are the writer's, not the figures'
  const from = state.dateline.end > sentence.start && state.dateline.end < sentence.end ? state.dateline.end : sentence.start;
  const tokens = tokenize(work, from, sentence.end);
  const places = findPlaces(tokens, state.places);
  state.focal.count(places);
  state.speakers.country = places.findLast((p) => p.country)?.name ?? state.speakers.country;
  const mentioned = state.days.resolveReferences(findDates(work, from, sentence.end, state.report));
  const text = work.slice(sentence.start, sentence.end);
  if (!state.eventStart && EVENT_START.test(text))
    state.eventStart = mentioned.find((d) => d.kind === 'point' && !d.statement)?.resolved?.date ?? null;
  const dates = withoutEventDay(work, mentioned, state.eventStart, state.report);
  const figures = MAY_HAVE_FIGURE.test(text) ? findFigures(tokens) : [];
  readLayout(state, sentence, text, dates, places, figures.length > 0);
  const anchor = state.days.anchor(sentence.paragraph, dates, text);
  if (sentence.paragraph !== state.paragraph) {
    state.current = null;
    state.paragraph = sentence.paragraph;
    state.paragraphStart = sentence.start;
  }
  const current = state.current;
  state.current = placeStayed(work, from, tokens, places) ?? state.current;
  if (figures.length === 0) {
    const ends = endsWithoutFigure(text, places);
    if (ends) state.told.push({ ...ends, sentence: state.sentences });
    if (MAY_ATTRIBUTE.test(text)) attribute(work, sentence.start, sentence.end, sentence.start, state.speakers);
    return;
  }
  const cues = findCues(work, tokens, from, sentence.end);
  // the metric rules test the sentence case-insensitively; a camp report gives every sentence camp context
  const lower = state.campReport ? `${text} (camp)` : text;
  let previous: Previous = null;
  for (const figure of figures) {
    const choice = metricFor(tokens, cues, figure, lower, previous);
    const fact: ExtractedFact | null = choice
      ? readFigure(state, sentence, tokens, figure, choice, { dates, anchor, places, current })
      : null;
    if (fact) {
      facts.push(fact);
      state.sentenceOf.set(fact, state.sentences);
    }
    previous = fact && choice ? { choice, end: figure.counted.end } : null;
  }
}

/**
 * The day of the story's disaster or war, told as an aside ("Monday's earthquake", "the cyclone,
 * which made landfall on 14 March", "since forces invaded on 24 February"), dates the event, not the
 * figure: tolls told with it are totals counted from that day (its period start), as of the story's day.
 */
const EVENT_ASIDE = /\b(?:which|that|since|after|when)\b[^,;:]*$/i;

function withoutEventDay(work: string, dates: DateMention[], eventStart: string | null, report: Date): DateMention[] {
  if (!eventStart || eventStart >= isoDay(report)) return dates;
  return dates.filter((d) => {
    if (d.kind !== 'point' || d.resolved?.date !== eventStart || d.from) return true;
    const before = work.slice(Math.max(0, d.start - 60), d.start);
    return !(/^'s\b/.test(work.slice(d.end, d.end + 3)) || (EVENT_ASIDE.test(before) && EVENT_START.test(before)));
  });
}

type Previous = { choice: MetricChoice; end: number } | null;

/** The figure's own metric; else that of the figure it is listed after or compared with. */
function metricFor(
  tokens: Token[],
  cues: ReturnType<typeof findCues>,
  figure: Figure,
  lower: string,
  previous: Previous,
): MetricChoice | null {
  if (figure.counted.inherited) return previous?.choice ?? null;
  const listed =
    previous && figure.counted.kind === 'people' && listedAfter(tokens, previous.end, figure.quantity) ? previous.choice : null;
  return chooseMetric(tokens, cues, figure.quantity, figure.counted, lower) ?? listed;
}

type SentenceView = { dates: DateMention[]; anchor: ResolvedDate; places: PlaceMention[]; current: string | null };

function readFigure(
  state: ReportState,
  sentence: Sentence,
  tokens: Token[],
  figure: Figure,
  choice: MetricChoice,
  view: SentenceView,
): ExtractedFact | null {
  const { quantity, counted } = figure;
  if (!(quantity.high <= MAX_FIGURE) || !(quantity.low >= 0)) return null;
  const from = tokens[quantity.figureStart].start;
  const to = tokens[quantity.end - 1].end;
  const inDate = view.dates.some((d) => (d.kind !== 'running' || d.from !== undefined) && d.start < to && from < d.end);
  if (exclusionReason(tokens, quantity, counted.kind, choice.cueToken, inDate)) return null;
  const date = dateFor(state.work, view.dates, from, view.anchor);
  const source =
    attribute(state.work, sentence.start, sentence.end, from, state.speakers) ??
    quotedSpeaker(state.work, state.paragraphStart, from, state.speakers) ??
    state.fallbackSource;
  const { measure, periodStart } = readMeasure({
    metric: choice.metric,
    work: state.work,
    sentence,
    at: from,
    dates: view.dates,
    date,
    eventStart: state.eventStart,
  });
  const location =
    chooseLocation(view.places, quantity, choice.cueToken, choice.metric) ??
    state.section ??
    storyPlace(view.places, view.current, choice.metric) ??
    '';
  const confidence = confidenceOf({
    borrowedMetric: Boolean(counted.inherited) || (!counted.metric && Math.abs(choice.cueToken - quantity.start) > 6),
    cueNearby: Math.abs(choice.cueToken - quantity.start) <= 12,
    vague: quantity.qualifier === 'vague',
    placeNamed: location !== '',
    dayNamed: view.dates.length > 0,
    sentenceLength: sentence.end - sentence.start,
  });
  return {
    metric: choice.metric,
    altMetrics: choice.altMetrics,
    low: quantity.low,
    high: quantity.high,
    qualifier: quantity.qualifier,
    unit: counted.unit.slice(0, 50) || 'people',
    location,
    date: date.date,
    datePrecision: date.precision,
    sourceOrg: source.slice(0, 200),
    excerpt: state.text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    cue: choice.cue,
    measure,
    periodStart,
    ...endsInSentence(view.places, quantity.start, choice.metric),
    confidence,
  };
}

/** A headline repeats a figure the body states with its context: the body's fact is kept. */
function dropHeadlineRepeats(facts: ExtractedFact[], headline: { start: number; end: number } | null): ExtractedFact[] {
  if (!headline) return facts;
  const inHeadline = (fact: ExtractedFact) => fact.start >= headline.start && fact.end <= headline.end;
  const body = facts.filter((fact) => !inHeadline(fact));
  return facts.filter(
    (fact) =>
      !inHeadline(fact) ||
      !body.some((b) => b.low === fact.low && b.high === fact.high && (b.metric === fact.metric || b.altMetrics.includes(fact.metric))),
  );
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
