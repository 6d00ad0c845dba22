/** What a figure counts: the noun after it ("15 trucks", "hundreds of people", "300 tonnes of flour"). */
import type { Metric } from '@/lib/facts/vocabulary';
import { adjacent, type Token } from './tokens';

export type CountedKind = 'people' | 'vehicles' | 'convoys' | 'aid';
export type Counted = {
  kind: CountedKind;
  unit: string;
  noun: string;
  /** metric the noun implies on its own: "deaths" is always people_killed, "refugees" only by default */
  metric?: Metric;
  strong?: boolean;
  /** token index just after the noun */
  end: number;
  /** the figure is an earlier value of the figure before it ("up from 16,200"): same noun, same metric */
  inherited?: boolean;
};

type NounEntry = { kind: CountedKind; unit: string; metric?: Metric; strong?: boolean };

const PEOPLE_WORDS = `people person persons individuals individual civilians civilian residents inhabitants denizens
villagers migrants asylum-seekers newcomers survivors patients students pupils pilgrims workers staff passengers
detainees prisoners shepherds farmers fishermen herders traders teachers nurses doctors volunteers employees journalists
protesters demonstrators worshippers mourners tourists holidaymakers hostages sailors miners labourers fighters militants soldiers troops combatants jihadists victims adults men man elderly Rohingya
Syrians Afghans Ukrainians Palestinians Sudanese Somalis Yemenis Venezuelans Haitians Congolese Ethiopians Eritreans
Iraqis Libyans Lebanese Gazans Burundians Nigerians Rohingyas Yazidis Kurds Malians Chadians Burmese Gazans`;
const CHILD_WORDS = 'children child girls boys babies infants minors orphans newborns kids teenagers';
const VEHICLE_WORDS = 'trucks truck lorries lorry buses bus vehicles vehicle cars minibuses ambulances pick-ups pickups trailers tankers';
const CONVOY_WORDS = 'convoys convoy evacuations evacuation airlifts airdrops rotations';
const AID_WORDS = `parcels baskets kits blankets tents tarpaulins mattresses jerrycans rations meals doses litres liters sacks
bags cartons packages vouchers bottles vaccines sachets boxes`;

const NOUNS = new Map<string, NounEntry>();
function addWords(words: string, entry: NounEntry): void {
  for (const word of words.split(/\s+/)) if (word) NOUNS.set(word.toLowerCase(), entry);
}
addWords(PEOPLE_WORDS, { kind: 'people', unit: 'people' });
addWords(CHILD_WORDS, { kind: 'people', unit: 'children' });
addWords(VEHICLE_WORDS, { kind: 'vehicles', unit: 'vehicles', metric: 'trucks', strong: true });
addWords(CONVOY_WORDS, { kind: 'convoys', unit: 'convoys', metric: 'convoys', strong: true });
addWords(AID_WORDS, { kind: 'aid', unit: '', metric: 'aid_delivered', strong: true });
addWords('tonnes tons tonne ton mt', { kind: 'aid', unit: 'tonnes', metric: 'aid_delivered', strong: true });
addWords('women woman', { kind: 'people', unit: 'women' });
addWords('families family', { kind: 'people', unit: 'families' });
addWords('households household', { kind: 'people', unit: 'households' });
addWords('refugees refugee idps idp displaced uprooted', { kind: 'people', unit: 'people', metric: 'people_displaced' });
addWords('evacuees', { kind: 'people', unit: 'people', metric: 'people_departed' });
addWords('arrivals returnees', { kind: 'people', unit: 'people', metric: 'people_arrived' });
addWords('beneficiaries', { kind: 'people', unit: 'people', metric: 'people_reached' });
addWords('dead deaths bodies fatalities lives', { kind: 'people', unit: 'people', metric: 'people_killed', strong: true });
addWords('wounded injured injuries', { kind: 'people', unit: 'people', metric: 'people_injured', strong: true });

/** Words that may stand between a figure and its noun: "2,000 internally displaced people". */
const FUNCTION_WORDS = new Set(
  `of and or the a an to in on at by for from with were was are is have has had be been being
who which that this these those it its their his her they he she we said says say more than per as but while after before
into out since until over under about around up down across near during against between among than when where if not no
will would may might could can should must also only just still now then there here so such very too each every all
other others another same them whom those us`.split(/\s+/),
);

/** Nationals named by a plural demonym the lexicon lacks: "1,540 Israelis", "823 Bangladeshis", "600 Egyptians". */
const DEMONYM = /^[A-Z][a-z]+(?:ians|ans|is|ese|ers)$/;
const PEOPLE_ENTRY: NounEntry = { kind: 'people', unit: 'people' };

function lookup(token: Token | undefined): NounEntry | undefined {
  if (!token || token.kind !== 'word') return undefined;
  return NOUNS.get(token.lower) ?? NOUNS.get(token.lower.replace(/'s$/, '')) ?? (DEMONYM.test(token.text) ? PEOPLE_ENTRY : undefined);
}

/** A plural noun the lexicon does not count ("212 sites hosting displaced people") ends the search. */
function isOtherPlural(word: string): boolean {
  return /[^su]s$/.test(word) && !/(?:ous|ss|is)$/.test(word);
}

/** The counted noun, skipping up to three modifiers; null when nothing countable follows. */
export function countedAfter(tokens: Token[], end: number, allowOf: boolean): Counted | null {
  let i = end;
  if (tokens[i]?.text === '-' && adjacent(tokens[i - 1], tokens[i])) i += 1;
  if (allowOf && tokens[i]?.lower === 'of') {
    i += 1;
    if (['the', 'its', 'their', 'his', 'her', 'these', 'those', 'our'].includes(tokens[i]?.lower)) i += 1;
  }
  const modifiersStart = i;
  for (let hops = 0; hops <= 3 && i < tokens.length; hops += 1, i += 1) {
    const entry = lookup(tokens[i]);
    if (entry && !isModifierUse(tokens, i, entry)) return counted(tokens, modifiersStart, i, entry);
    if (tokens[i].kind !== 'word' || FUNCTION_WORDS.has(tokens[i].lower) || isOtherPlural(tokens[i].lower)) break;
  }
  if (tokens[modifiersStart]?.lower === 'people') return counted(tokens, modifiersStart, modifiersStart, NOUNS.get('people')!);
  return null;
}

/** Nouns that make "evacuation" or "water truck" a modifier: "evacuation centres", "truck drivers". */
const HEAD_NOUNS = new Set(
  'centres centers centre center sites site camps points routes corridors teams plans orders flights clinics workers staff drivers stations operations'.split(
    ' ',
  ),
);

/** "displaced" or "injured" followed by another noun is an adjective ("displaced people"): the later noun counts. */
function isModifierUse(tokens: Token[], i: number, entry: NounEntry): boolean {
  const next = lookup(tokens[i + 1]);
  if (entry.kind !== 'people') return HEAD_NOUNS.has(tokens[i + 1]?.lower ?? '');
  return Boolean(next && (next.kind === 'people' || next.kind === 'aid'));
}

function counted(tokens: Token[], modifiersStart: number, i: number, entry: NounEntry): Counted {
  const modifiers = tokens.slice(modifiersStart, i).map((t) => t.lower);
  const implied = modifiers.map((word) => NOUNS.get(word)).find((e) => e?.metric && e.kind === 'people');
  let unit = entry.unit;
  if (entry.kind === 'aid' && !unit) unit = [...modifiers.filter((w) => /^[a-z-]+$/.test(w)).slice(-1), tokens[i].lower].join(' ');
  if (entry.kind === 'aid' && tokens[i].lower === 'mt') unit = 'tonnes';
  const metric = entry.metric ?? implied?.metric;
  // "87 wounded patients", "12 dead civilians": a casualty word in the phrase says what is counted
  const casualty = !entry.metric && (implied?.metric === 'people_killed' || implied?.metric === 'people_injured');
  return { kind: entry.kind, unit, noun: tokens[i].text, metric, strong: entry.strong || casualty, end: i + 1 };
}

export function nounEntry(token: Token | undefined): NounEntry | undefined {
  return lookup(token);
}
