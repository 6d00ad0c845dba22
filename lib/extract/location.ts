/** The place a figure is about: a place named next to it, the place a sentence opens with, or the report's focal place. */
import type { Metric } from '@/lib/facts/vocabulary';
import type { PlaceMention } from './places';
import type { Quantity } from './quantities';
import type { Token } from './tokens';

/** How far (in tokens) a named place may be from the figure or its cue and still be where the figure happened. */
const REACH = 8;

/** Arrivals are about where people came to, departures and displacement about where they left. */
const AWAY = new Set(['from', 'off', 'leaving', 'left', 'fled', 'out of']);
const TOWARD = new Set(['to', 'into', 'towards', 'toward', 'reaching', 'reached', 'entered', 'crossed']);

/** Where people came from is never where they arrived: such a place is left out, not just placed further. */
function directionPenalty(place: PlaceMention, metric: Metric): number {
  if (metric === 'people_arrived' || metric === 'camp_population') return AWAY.has(place.via) ? Infinity : 0;
  if (metric === 'people_departed') return TOWARD.has(place.via) ? Infinity : 0;
  if (metric === 'people_displaced') return TOWARD.has(place.via) ? 3 : 0;
  return 0;
}

export function chooseLocation(places: PlaceMention[], quantity: Quantity, cueToken: number, metric: Metric): string | null {
  // "; Dervan has 2,400": the site holding the figure, whatever cue it borrowed
  const holder = places.find((p) => p.via === 'holds' && p.end <= quantity.start && quantity.start - p.end <= 4);
  if (holder) return holder.name;
  let best: PlaceMention | null = null;
  let bestDistance = Infinity;
  for (const place of places) {
    const distance = Math.min(gap(place, quantity.start, quantity.end), gap(place, cueToken, cueToken + 1));
    const penalty = (place.end <= quantity.start ? 0.5 : 0) + directionPenalty(place, metric);
    if (distance <= REACH && distance + penalty <= REACH && distance + penalty < bestDistance) {
      best = place;
      bestDistance = distance + penalty;
    }
  }
  if (best) return best.name;
  return places[0] && places[0].start <= 2 ? places[0].name : null;
}

/** "had fled floods in X": a place named after a verb of leaving, in the same clause. */
const FLED_BEFORE = /\b(?:fled|fleeing|left|escaped)\b[^,;.]{0,30}$/i;

/** The sentence's last place that people did not leave: the story's current place from here on. */
export function placeStayed(work: string, from: number, tokens: Token[], places: PlaceMention[]): string | null {
  const stayed = places.filter((p) => !AWAY.has(p.via) && !FLED_BEFORE.test(work.slice(from, tokens[p.start].start)));
  return stayed.length > 0 ? stayed[stayed.length - 1].name : null;
}

/**
 * A sentence naming no place is about the story's current place (the paragraph's last place
 * stayed at); aid handed out is usually told for the whole response, so it keeps the report's place.
 */
export function storyPlace(places: PlaceMention[], current: string | null, metric: Metric): string | null {
  return places.length === 0 && metric !== 'aid_delivered' ? current : null;
}

function gap(place: PlaceMention, from: number, to: number): number {
  if (place.end <= from) return from - place.end;
  if (place.start >= to) return place.start - to;
  return 0;
}

/** The place a report is mostly about: the most named specific place (countries count half, the dateline extra). */
export class FocalPlace {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];

  constructor(dateline: string | null) {
    if (dateline) this.add(dateline, 1.5);
  }

  count(places: PlaceMention[]): void {
    for (const place of places) this.add(place.name, place.country ? 0.5 : 1);
  }

  best(): string {
    let best = 'Unspecified';
    let score = 0;
    for (const name of this.order) {
      const value = this.counts.get(name) ?? 0;
      if (value > score) {
        best = name;
        score = value;
      }
    }
    return best;
  }

  add(name: string, weight: number): void {
    if (!this.counts.has(name)) this.order.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + weight);
  }
}
