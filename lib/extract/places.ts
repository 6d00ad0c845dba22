/**
 * Places named in a sentence: "out of Baghouz", "to the al-Hol camp", "in Idlib province",
 * "the hamlet of Baghouz", and definite references to a place named earlier ("the arrivals area").
 */
import { isKnownOrganization } from './organizations';
import { CLOSED_CLASS, COUNTRIES, DIRECTIONS, GEO_NOUNS, JOINERS, NOT_PLACES, PLACE_PREPOSITIONS } from './gazetteer';
import { isCapitalized, type Token } from './tokens';

export type PlaceMention = { name: string; start: number; end: number; country: boolean };
/** The last camp and the last specific place named, for "the camp" and "the arrivals area". */
export type PlaceMemory = { camp: string | null; place: string | null };

type Span = { start: number; end: number };

/** A run of capitalized words with joiners ("Deir ez-Zor", "Democratic Republic of the Congo"); "Syria's" is skipped as a possessor. */
function capitalizedRun(tokens: Token[], i: number): Span | null {
  let start = i;
  while (isCapitalized(tokens[start]) && /'s$/.test(tokens[start].text) && isCapitalized(tokens[start + 1])) start += 1;
  if (!isCapitalized(tokens[start])) return null;
  let end = start + 1;
  for (;;) {
    if (/'s$/.test(tokens[end - 1].text)) break;
    if (isCapitalized(tokens[end])) { end += 1; continue; }
    const joined = JOINERS.has(tokens[end]?.lower) && tokens[end].lower !== 'the' ? 1 : 0;
    const the = tokens[end + joined]?.lower === 'the' && joined ? 1 : 0;
    if (joined && isCapitalized(tokens[end + joined + the])) { end += joined + the + 1; continue; }
    break;
  }
  return { start, end };
}

function nameOf(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t, k) => (k === to - from - 1 ? t.text.replace(/'s$/, '') : t.text)).join(' ');
}

/** Capitalized words used as adjectives ("Iraqi border", "Kurdish fighters", "Islamic State-held") are not places. */
function endsAsPlace(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.kind !== 'word') return true;
  return CLOSED_CLASS.has(next.lower) || GEO_NOUNS.has(next.lower) || /(ed|ing)$/.test(next.lower);
}

function placeAt(tokens: Token[], i: number): PlaceMention | null {
  let start = i;
  if (tokens[start]?.lower === 'the') start += 1;
  const direction = DIRECTIONS.has(tokens[start]?.lower ?? '') && tokens[start].kind === 'word' && !isCapitalized(tokens[start]) ? start : -1;
  const run = capitalizedRun(tokens, direction >= 0 ? start + 1 : start);
  if (!run) return null;
  const core = nameOf(tokens, run.start, run.end);
  if (NOT_PLACES.has(core) || NOT_PLACES.has(core.split(' ')[0]) || isKnownOrganization(core) || /-(held|controlled|based|led|backed|run)$/i.test(core)) return null;
  let end = run.end;
  if (tokens[end]?.lower === 'refugee' && GEO_NOUNS.has(tokens[end + 1]?.lower)) end += 2;
  else if (GEO_NOUNS.has(tokens[end]?.lower ?? '') && tokens[end].kind === 'word') end += 1;
  if (!endsAsPlace(tokens, end)) return null;
  const from = direction >= 0 ? direction : run.start;
  const name = nameOf(tokens, from, end).replace(/\s+refugee camp$/, ' camp');
  return { name, start: from, end, country: COUNTRIES.has(core) && end === run.end };
}

const GENERIC_HEAD = new Set(['camp', 'area', 'centre', 'center', 'point', 'site', 'town', 'city', 'village', 'pocket', 'enclave', 'settlement']);

/** "the camp", "the arrivals area": a definite place that refers back to the last camp or place named. */
function genericAt(tokens: Token[], i: number, memory: PlaceMemory): PlaceMention | null {
  if (tokens[i]?.lower !== 'the') return null;
  let j = i + 1;
  while (j < i + 3 && tokens[j]?.kind === 'word' && !GENERIC_HEAD.has(tokens[j].lower) && !isCapitalized(tokens[j])) j += 1;
  const head = tokens[j]?.lower;
  if (!head || !GENERIC_HEAD.has(head) || tokens[j].kind !== 'word' || GEO_NOUNS.has(tokens[j + 1]?.lower ?? '')) return null;
  const described = nameOf(tokens, i + 1, j + 1);
  let name: string | null = null;
  if (head === 'camp' && j === i + 1) name = memory.camp;
  else if (['area', 'centre', 'center', 'point', 'site'].includes(head) && j > i + 1 && memory.camp) name = `${memory.camp} ${described}`;
  else if (['town', 'city', 'village', 'pocket', 'enclave'].includes(head) && j === i + 1) name = memory.place;
  return name ? { name, start: i, end: j + 1, country: false } : null;
}

function isTrigger(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (PLACE_PREPOSITIONS.has(token.lower)) return tokens[i - 1]?.lower !== 'according';
  return token.lower === 'of' && (GEO_NOUNS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'out');
}

/** Places named in a sentence, in order; updates the memory of the last camp and place. */
export function findPlaces(tokens: Token[], memory: PlaceMemory): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const triggered = isTrigger(tokens, i);
    const mention = triggered ? placeAt(tokens, i + 1) ?? genericAt(tokens, i + 1, memory) : standalonePlace(tokens, i);
    if (!mention) continue;
    found.push(mention);
    remember(mention, memory);
    i = mention.end - 1;
  }
  return found;
}

/** Without a preposition only a name with a place noun ("Zaatari camp hosts...") or a country counts. */
function standalonePlace(tokens: Token[], i: number): PlaceMention | null {
  if (!isCapitalized(tokens[i]) || isCapitalized(tokens[i - 1])) return null;
  const mention = placeAt(tokens, i);
  if (!mention) return null;
  const last = tokens[mention.end - 1].lower;
  return mention.country || GEO_NOUNS.has(last) ? mention : null;
}

function remember(mention: PlaceMention, memory: PlaceMemory): void {
  if (/\bcamps?$/i.test(mention.name)) memory.camp = mention.name;
  if (!mention.country && !mention.name.startsWith(memory.camp ?? '\u0000')) memory.place = mention.name;
}
