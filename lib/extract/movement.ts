/**
 * Origin and destination of movements (people_departed, people_arrived, people_displaced, trucks,
 * convoys): "from A to B", "fled A for B", "left A for B", "out of A ... to B", "crossed from A into
 * B", and across neighbouring sentences of one story ("15 trucks rumbled out of A." ... "The
 * evacuees are sent on to B.").
 */
import { MOVEMENT_METRICS, type Metric } from '@/lib/facts/vocabulary';
import type { PlaceMention } from './places';

const AWAY = new Set(['from', 'out of', 'leaving', 'left', 'fled', 'off']);
const TOWARD = new Set(['to', 'into', 'towards', 'toward', 'reaching', 'reached', 'reach', 'entered']);
/** A movement told without a figure: its end applies to the figures of the story around it. */
const MOVING =
  /\b(?:sent|taken|transferred|moved|transported|bused|bussed|relocated|evacuated|brought|headed|heading|went|go|travel(?:led|ing)?|driven|flown|ferried|escorted|relocation|transfer)\b/i;
/** How many sentences away a story's other end may be told. */
const STORY_REACH = 6;

export type Ends = { origin: string | null; destination: string | null };

/** The nearest place on each side of the figure introduced by a word of leaving or of going to. */
export function endsInSentence(places: PlaceMention[], figureToken: number, metric: Metric): Ends {
  if (!MOVEMENT_METRICS.has(metric)) return { origin: null, destination: null };
  return { origin: nearest(places, figureToken, AWAY), destination: nearest(places, figureToken, TOWARD) };
}

function nearest(places: PlaceMention[], at: number, vias: Set<string>): string | null {
  let best: PlaceMention | null = null;
  for (const place of places) {
    if (!vias.has(place.via) || (place.country && places.some((p) => p !== place && vias.has(p.via) && !p.country))) continue;
    if (!best || Math.abs(place.start - at) < Math.abs(best.start - at)) best = place;
  }
  return best?.name ?? null;
}

/** A sentence with no figure that tells where a movement went or came from ("are sent on to the al-Hol camp"). */
export function endsWithoutFigure(text: string, places: PlaceMention[]): Ends | null {
  if (!MOVING.test(text)) return null;
  const origin = places.find((p) => AWAY.has(p.via))?.name ?? null;
  const destination = places.find((p) => TOWARD.has(p.via))?.name ?? null;
  return origin || destination ? { origin, destination } : null;
}

export type Movement = { origin?: string | null; destination?: string | null; metric: string; location: string };
type Placed<T> = StoryEnd & { fact?: T };
export type StoryEnd = Ends & { sentence: number };

/**
 * The place a departure or displacement is about is where it started, an arrival's where it ended;
 * an end told in a neighbouring sentence of the same story fills the one the figure's sentence lacks.
 */
export function completeEnds<T extends Movement>(facts: T[], sentenceOf: (fact: T) => number, told: StoryEnd[]): T[] {
  const ends: Placed<T>[] = [...told];
  for (const fact of facts) {
    if (MOVEMENT_METRICS.has(fact.metric as Metric))
      ends.push({ origin: fact.origin ?? null, destination: fact.destination ?? null, sentence: sentenceOf(fact), fact });
  }
  ends.sort((a, b) => a.sentence - b.sentence);
  return facts.map((fact) => (MOVEMENT_METRICS.has(fact.metric as Metric) ? complete(fact, around(ends, fact, sentenceOf(fact))) : fact));
}

function complete<T extends Movement>(fact: T, story: StoryEnd[]): T {
  let origin = fact.origin ?? null;
  let destination = fact.destination ?? null;
  if (!origin && (fact.metric === 'people_departed' || fact.metric === 'people_displaced') && fact.location !== destination)
    origin = fact.location;
  if (!destination && fact.metric === 'people_arrived' && fact.location !== origin) destination = fact.location;
  if (!destination)
    destination = story.find((s) => s.destination && s.destination !== origin && (!s.origin || s.origin === origin))?.destination ?? null;
  if (!origin)
    origin = story.find((s) => s.origin && s.origin !== destination && (!s.destination || s.destination === destination))?.origin ?? null;
  if (!origin && destination && (fact.metric === 'trucks' || fact.metric === 'convoys') && fact.location !== destination)
    origin = fact.location;
  return { ...fact, origin: origin || null, destination: destination || null };
}

/** Ends told within reach of a fact's sentence (figureless sentences and the other movement facts), nearest first. */
function around<T>(ends: Placed<T>[], fact: T, sentence: number): StoryEnd[] {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid].sentence < sentence - STORY_REACH) lo = mid + 1;
    else hi = mid;
  }
  const near: StoryEnd[] = [];
  for (let i = lo; i < ends.length && ends[i].sentence <= sentence + STORY_REACH && near.length < 50; i += 1) {
    if (ends[i].fact !== fact) near.push(ends[i]);
  }
  return near.sort((a, b) => Math.abs(a.sentence - sentence) - Math.abs(b.sentence - sentence));
}
