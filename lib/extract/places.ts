/**
 * Places named in a sentence: "out of Baghouz", "to the al-Hol camp", "in Idlib province",
 * "the hamlet of Baghouz", and definite references to a place named earlier ("the arrivals area").
 */
import { isKnownOrganization } from './organizations';
import {
  CLOSED_CLASS,
  COUNTRIES,
  DIRECTIONS,
  FACILITIES,
  GEO_NOUNS,
  JOINERS,
  NOT_PLACES,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  SITE_WORDS,
} from './gazetteer';
import { isCapitalized, type Token } from './tokens';

/** `via` is the word that introduced the place ("from", "into"), empty when none did. */
export type PlaceMention = { name: string; start: number; end: number; country: boolean; via: string };
/** The last camp and the last specific place named, for "the camp" and "the arrivals area"; `recent`: places named so far, latest last. */
export type PlaceMemory = { camp: string | null; place: string | null; recent: string[] };

const RECENT_PLACES = 30;

type Span = { start: number; end: number };

/** A run of capitalized words with joiners ("Deir ez-Zor", "Democratic Republic of the Congo"); "Syria's" is skipped as a possessor. */
function isNameWord(token: Token | undefined): boolean {
  // headings in capitals ("TALVENIA:", "SITUATION OVERVIEW") are not place names; short acronyms (DRC, US) may be
  return isCapitalized(token) && !(token!.text.length > 3 && token!.text === token!.text.toUpperCase());
}

function capitalizedRun(tokens: Token[], i: number): Span | null {
  let start = i;
  while (isNameWord(tokens[start]) && /'s$/.test(tokens[start].text) && isNameWord(tokens[start + 1])) start += 1;
  if (!isNameWord(tokens[start])) return null;
  let end = start + 1;
  for (;;) {
    if (/'s$/.test(tokens[end - 1].text)) break;
    if (isNameWord(tokens[end])) {
      end += 1;
      continue;
    }
    // "Kilo 9 site", "Camp 4 extension": a number inside a site's name
    if (tokens[end]?.kind === 'number' && tokens[end].start === tokens[end - 1].end + 1 && GEO_NOUNS.has(tokens[end + 1]?.lower ?? '')) {
      end += 1;
      continue;
    }
    const joined = JOINERS.has(tokens[end]?.lower) && tokens[end].lower !== 'the' ? 1 : 0;
    const the = tokens[end + joined]?.lower === 'the' && joined ? 1 : 0;
    if (joined && isNameWord(tokens[end + joined + the])) {
      end += joined + the + 1;
      continue;
    }
    break;
  }
  return { start, end };
}

function nameOf(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t, k) => (k === to - from - 1 ? t.text.replace(/'s$/, '') : t.text))
    .join(' ');
}

/** Capitalized words used as adjectives ("Iraqi border", "Kurdish fighters", "Islamic State-held") are not places. */
function endsAsPlace(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.kind !== 'word') return true;
  return CLOSED_CLASS.has(next.lower) || GEO_NOUNS.has(next.lower) || FACILITIES.has(next.lower) || /(ed|ing)$/.test(next.lower);
}

/** "Oudane General Hospital" is about Oudane when the report names Oudane as a place. */
const NAMED_FACILITY =
  /\s+(?:(?:General|Central|Main|Teaching|Referral|District|Regional|National|Field|Maternity|Health)\s+)*(?:Hospital|Clinic|Market|School|Mosque|Church|Stadium|University|Centre|Center)$/;

function facilityPlace(name: string, memory: PlaceMemory): string {
  const town = name.replace(NAMED_FACILITY, '');
  return town !== name && memory.recent.includes(town) ? town : name;
}

function placeAt(tokens: Token[], i: number, memory: PlaceMemory): PlaceMention | null {
  let start = i;
  if (tokens[start]?.lower === 'the') start += 1;
  const direction =
    DIRECTIONS.has(tokens[start]?.lower ?? '') && tokens[start].kind === 'word' && !isCapitalized(tokens[start]) ? start : -1;
  const run = capitalizedRun(tokens, direction >= 0 ? start + 1 : start);
  if (!run) return null;
  const core = nameOf(tokens, run.start, run.end);
  if (
    NOT_PLACES.has(core) ||
    NOT_PLACES.has(core.split(' ')[0]) ||
    isKnownOrganization(core) ||
    /-(held|controlled|based|led|backed|run)$/i.test(core)
  )
    return null;
  let end = run.end;
  if (/'s$/.test(tokens[end - 1].text)) {
    // "Sorel's old city", "Norvania's north": a possessive place before a place noun or a direction
    const isNoun = (t: Token | undefined) => GEO_NOUNS.has(t?.lower ?? '') || DIRECTIONS.has(t?.lower ?? '');
    const noun = isNoun(tokens[end]) ? end : isNoun(tokens[end + 1]) ? end + 1 : -1;
    if (noun < 0) return null;
    // "Norvania's region of Tilfa" is about Tilfa
    const inner = tokens[noun + 1]?.lower === 'of' && GEO_NOUNS.has(tokens[noun].lower) ? placeAt(tokens, noun + 2, memory) : null;
    if (inner) return { ...inner, start: run.start };
    return { name: core, start: run.start, end: noun + 1, country: COUNTRIES.has(core), via: '' };
  }
  if (SITE_WORDS.has(tokens[end]?.lower ?? '') && GEO_NOUNS.has(tokens[end + 1]?.lower ?? '')) end += 2;
  else if (GEO_NOUNS.has(tokens[end]?.lower ?? '') && tokens[end].kind === 'word') end += 1;
  // a country is a place whatever follows it ("the earthquake in Nepal left ...")
  if (!(end === run.end && COUNTRIES.has(core)) && !endsAsPlace(tokens, end)) return null;
  const from = direction >= 0 ? direction : run.start;
  const name = facilityPlace(nameOf(tokens, from, end).replace(/\s+refugee camp$/, ' camp'), memory);
  return { name, start: from, end, country: COUNTRIES.has(core) && end === run.end, via: '' };
}

const GENERIC_HEAD = new Set([
  'camp',
  'area',
  'centre',
  'center',
  'point',
  'site',
  'town',
  'city',
  'village',
  'pocket',
  'enclave',
  'settlement',
  'governorate',
  'province',
  'district',
  'region',
  'crossing',
]);

/** "the enclave" after "the Sahel Kor enclave": the latest place named with that noun. */
function sameHead(memory: PlaceMemory, head: string): string | null {
  for (let k = memory.recent.length - 1; k >= 0; k -= 1) {
    if (memory.recent[k].toLowerCase().endsWith(` ${head}`)) return memory.recent[k];
  }
  return null;
}

/** "the camp", "the arrivals area": a definite place that refers back to the last camp or place named. */
function genericAt(tokens: Token[], i: number, memory: PlaceMemory): PlaceMention | null {
  if (tokens[i]?.lower !== 'the') return null;
  let j = i + 1;
  while (j < i + 3 && tokens[j]?.kind === 'word' && !GENERIC_HEAD.has(tokens[j].lower) && !isCapitalized(tokens[j])) j += 1;
  const head = tokens[j]?.lower;
  if (!head || !GENERIC_HEAD.has(head) || tokens[j].kind !== 'word' || GEO_NOUNS.has(tokens[j + 1]?.lower ?? '')) return null;
  const described = nameOf(tokens, i + 1, j + 1);
  let name: string | null = j === i + 1 ? sameHead(memory, head) : null;
  if (name) return { name, start: i, end: j + 1, country: false, via: '' };
  if (head === 'camp' && j === i + 1) name = memory.camp;
  else if (['area', 'centre', 'center', 'point', 'site'].includes(head) && j > i + 1 && memory.camp) name = `${memory.camp} ${described}`;
  else if (['town', 'city', 'village', 'pocket', 'enclave'].includes(head) && j === i + 1) name = memory.place;
  return name ? { name, start: i, end: j + 1, country: false, via: '' } : null;
}

/** Places left behind: "fled Tilfa for Norvania" names the destination after "for". */
const LEAVING = new Set(['fled', 'left', 'leaving', 'fleeing', 'from', 'out of']);

function isTrigger(tokens: Token[], i: number, found: PlaceMention[]): boolean {
  const token = tokens[i];
  if (PLACE_PREPOSITIONS.has(token.lower)) return tokens[i - 1]?.lower !== 'according';
  const last = found[found.length - 1];
  if (token.lower === 'for' && last && last.end === i && LEAVING.has(last.via)) return true;
  return token.lower === 'of' && (GEO_NOUNS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'out');
}

/** The word that introduced a place: "out of" as one, "for" after a place left as "towards". */
function viaOf(tokens: Token[], i: number): string {
  const word = tokens[i].lower;
  if (word === 'of' && tokens[i - 1]?.lower === 'out') return 'out of';
  if (word === 'for') return 'towards';
  // "bringing them to a reception point in Marsal": the place the phrase after "to" lies in
  if (
    word === 'in' &&
    tokens.slice(Math.max(0, i - 5), i - 1).some((t, k, near) => t.lower === 'to' && ['a', 'the'].includes(near[k + 1]?.lower ?? ''))
  )
    return 'to';
  return word;
}

/** Places named in a sentence, in order; updates the memory of the last camp and place. */
export function findPlaces(tokens: Token[], memory: PlaceMemory): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const triggered = isTrigger(tokens, i, found);
    const named = triggered
      ? (describedPlace(tokens, i + 1, memory) ?? placeAt(tokens, i + 1, memory) ?? genericAt(tokens, i + 1, memory))
      : standalonePlace(tokens, i, memory);
    if (!named) continue;
    // "... has received 848 refugees and Niger 485": a place then its own figure, the verb shared
    const shared = !triggered && tokens[named.start - 1]?.lower === 'and' && tokens[named.end]?.kind === 'number';
    const mention = { ...named, via: triggered ? viaOf(tokens, i) : shared ? 'holds' : named.via };
    found.push(mention);
    remember(mention, memory);
    i = mention.end - 1;
  }
  return found;
}

/** "from the village of Tilfa", "in the nearby town of Kelpa": the name, introduced by the preposition before it. */
function describedPlace(tokens: Token[], i: number, memory: PlaceMemory): PlaceMention | null {
  if (tokens[i]?.lower !== 'the') return null;
  let j = i + 1;
  // "the nearby town of", "the Libyan port city of": adjectives, demonyms included, before the place noun
  while (j < i + 4 && tokens[j]?.kind === 'word' && !GEO_NOUNS.has(tokens[j].lower)) j += 1;
  if (!GEO_NOUNS.has(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'of') return null;
  const named = placeAt(tokens, j + 2, memory);
  return named ? { ...named, start: i } : null;
}

const COUNTRY_FIRST_WORDS = new Set([...COUNTRIES].map((name) => name.split(' ')[0]));

/** A cheap first look: a place noun within reach of the name, a place prefix or a country's first word. */
function mayBePlace(tokens: Token[], i: number): boolean {
  if (PLACE_PREFIXES.has(tokens[i].text) || COUNTRY_FIRST_WORDS.has(tokens[i].text)) return true;
  let j = i;
  while (j < tokens.length && (isCapitalized(tokens[j]) || JOINERS.has(tokens[j].lower) || tokens[j].kind === 'number')) j += 1;
  for (let k = i; k <= j + 2 && k < tokens.length; k += 1) if (GEO_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** Verbs whose subject is a site holding people: "Dervan has 2,400", "Kessa currently houses about 900". */
const HOLDS = new Set(['has', 'hosts', 'houses', 'holds', 'shelters', 'had', 'hosted', 'housed', 'held', 'sheltered']);

/** A name opening a clause ("; Dervan has 2,400") and holding a figure: the site the figure is at. */
function holderAt(tokens: Token[], i: number, memory: PlaceMemory): PlaceMention | null {
  const before = tokens[i - 1];
  if (before && before.text !== ';' && before.lower !== 'and' && before.lower !== 'while') return null;
  const run = capitalizedRun(tokens, i);
  if (!run || run.end - run.start > 3) return null;
  const verb = tokens[run.end]?.lower === 'currently' || tokens[run.end]?.lower === 'now' ? run.end + 1 : run.end;
  const number = tokens.slice(verb + 1, verb + 4).findIndex((t) => t.kind === 'number');
  // "Frontline Medics has donated 30 kits": a verb between names an actor, not a site
  if (
    !HOLDS.has(tokens[verb]?.lower ?? '') ||
    number < 0 ||
    tokens.slice(verb + 1, verb + 1 + number).some((t) => /(?:ed|en)$/.test(t.lower))
  )
    return null;
  const name = nameOf(tokens, run.start, run.end);
  if (NOT_PLACES.has(name) || isKnownOrganization(name) || /^(?:It|He|She|They|We|This|That|The)$/.test(name)) return null;
  return { name: facilityPlace(name, memory), start: run.start, end: run.end, country: COUNTRIES.has(name), via: 'holds' };
}

/** Without a preposition only a name with a place noun ("Zaatari camp hosts..."), a country or a site holding a figure counts. */
function standalonePlace(tokens: Token[], i: number, memory: PlaceMemory): PlaceMention | null {
  if (!isCapitalized(tokens[i]) || isCapitalized(tokens[i - 1])) return null;
  if (!mayBePlace(tokens, i)) return holderAt(tokens, i, memory);
  const mention = placeAt(tokens, i, memory);
  if (!mention) return null;
  const last = tokens[mention.end - 1].lower;
  return mention.country || GEO_NOUNS.has(last) || PLACE_PREFIXES.has(tokens[i].text) ? mention : null;
}

function remember(mention: PlaceMention, memory: PlaceMemory): void {
  if (memory.recent[memory.recent.length - 1] !== mention.name) {
    memory.recent.push(mention.name);
    if (memory.recent.length > RECENT_PLACES) memory.recent.shift();
  }
  if (/\bcamps?$/i.test(mention.name)) memory.camp = mention.name;
  if (!mention.country && !mention.name.startsWith(memory.camp ?? '\u0000')) memory.place = mention.name;
}
