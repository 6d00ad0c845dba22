/** Every figure of a sentence with the thing it counts: "15 trucks", "hundreds of people", "the fifth such evacuation". */
import { countedAfter, nounEntry, type Counted } from './nouns';
import { ORDINALS } from './numbers';
import { readQuantity, type Quantity } from './quantities';
import { isCapitalized, type Token } from './tokens';

export type Figure = { quantity: Quantity; counted: Counted };

const PEOPLE_VERBS =
  /^(?:killing|killed|kills|wounding|wounded|injuring|injured|displacing|displaced|evacuated|evacuating|rescued|hosting|hosts|host|shelters|accommodates|houses|sheltering|assisted|treated|reached|maimed)$/;
const AUXILIARIES = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'died',
  'fled',
  'remain',
  'remained',
  'who',
  'live',
  'lived',
  'sleeping',
  'sheltering',
  'staying',
  'living',
  'waiting',
  'arriving',
  'arrived',
  'crossing',
  'crossed',
  'fleeing',
  'returning',
  'returned',
  'entered',
  'entering',
]);
const BREAKDOWN = /^(?:including|among|of whom|of which|mostly|mainly|notably|comprising|consisting|\()$/;
/** "since Oct. 21 reached 451": a dot after an abbreviated month does not end the clause. */
const ABBREVIATED = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|St|Mt)$/;
const CLAUSE_OPENERS = new Set(['with', 'while', 'and', 'but', 'whereas', 'including']);
const EVENT_WINDOW = new Set(['in', 'this', 'since', 'so', 'of', 'over', 'within']);

function people(end: number): Counted {
  return { kind: 'people', unit: 'people', noun: 'people', end };
}

/** "the death toll rose to 45", "the number of displaced people reached 1.2 million", "killing 12", "12 were killed". */
function countedAround(tokens: Token[], quantity: Quantity): Counted | null {
  const before = tokens[quantity.start - 1];
  if (tokens[quantity.end]?.lower === 'of') return null; // "22 of them": a part of a group counted elsewhere
  if (before?.text === ':' && tokens[quantity.start - 2]?.kind === 'word') return labelled(tokens, quantity);
  for (let i = quantity.start - 1; i >= Math.max(0, quantity.start - 20); i -= 1) {
    const word = tokens[i].lower;
    if (word === ';' || (word === '.' && !ABBREVIATED.test(tokens[i - 1]?.text ?? ''))) break;
    // "a record number of refugees crossing, with over 30,000 arriving": a new clause has its own verb
    if (word === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '')) break;
    if (word === 'toll' && tokens[i - 1]?.lower !== 'human')
      return { kind: 'people', unit: 'people', noun: 'toll', metric: 'people_killed', strong: true, end: quantity.end };
    if ((word === 'number' || word === 'total') && tokens[i + 1]?.lower === 'of') {
      // "the number of trucks that have entered ... to 1,480"
      const noun = countedAfter(tokens, i + 2, false);
      return noun ? { ...noun, strong: Boolean(noun.metric), end: quantity.end } : null;
    }
  }
  // "killed 22 people and injured another 31"
  const verb = before?.lower === 'another' ? tokens[quantity.start - 2] : before;
  if (verb && PEOPLE_VERBS.test(verb.lower)) return people(quantity.end);
  if (AUXILIARIES.has(tokens[quantity.end]?.lower ?? '')) return people(quantity.end);
  return null;
}

/** Digest lines, "Arrivals this week: 2,210": the label before the colon says what is counted. */
function labelled(tokens: Token[], quantity: Quantity): Counted | null {
  const next = tokens[quantity.end];
  if (next?.kind === 'word' && !nounEntry(next)) return null; // "Security: two fights ..." counts fights
  for (let i = quantity.start - 2; i >= Math.max(0, quantity.start - 7); i -= 1) {
    const entry = nounEntry(tokens[i]);
    if (entry) return { ...countedAfter(tokens, i, false)!, end: quantity.end };
  }
  return people(quantity.end);
}

/** "the fifth such evacuation in a week": an ordinal that counts events, unlike "the first convoy". */
function ordinalCount(tokens: Token[], i: number): Figure | null {
  const value = tokens[i].kind === 'word' ? ORDINALS.get(tokens[i].lower) : undefined;
  // "the first convoy" says which, not how many
  if (!value || value < 2 || tokens[i - 1]?.lower !== 'the') return null;
  const such = tokens[i + 1]?.lower === 'such' ? 1 : 0;
  const noun = nounEntry(tokens[i + 1 + such]);
  if (!noun || noun.kind !== 'convoys' || (!such && !EVENT_WINDOW.has(tokens[i + 2]?.lower ?? ''))) return null;
  const quantity: Quantity = { low: value, high: value, qualifier: 'exact', start: i, end: i + 1, figureStart: i, words: true };
  return {
    quantity,
    counted: { kind: 'convoys', unit: 'convoys', noun: tokens[i + 1 + such].text, metric: 'convoys', strong: true, end: i + 2 + such },
  };
}

/** A figure after another one and after "including"/"among them" splits the earlier total: not a fact of its own. */
function isBreakdown(tokens: Token[], figure: Figure, previous: Figure | undefined): boolean {
  if (!previous || previous.counted.kind !== 'people' || figure.counted.kind !== 'people') return false;
  if (figure.counted.unit !== 'children' && figure.counted.unit !== 'women' && tokens[figure.quantity.start - 1]?.text === '(')
    return false;
  const near = tokens.slice(Math.max(previous.counted.end, figure.quantity.start - 3), figure.quantity.start).map((t) => t.lower);
  return near.some((w) => BREAKDOWN.test(w)) || /\bof (?:whom|which|them)$/.test(near.join(' '));
}

const POSSESSING = new Set(['has', 'have', 'hosts', 'houses', 'holds', 'had']);
const LIST_OPENERS = new Set([';', 'and', ',']);

/**
 * "Farchana camp hosts 5,310 refugees; Kounoungo has 4,692; ... and Niger 485": a bare figure after
 * a name, continuing a list, counts what the figure before it counts.
 */
function continuesList(tokens: Token[], quantity: Quantity, previous: Figure | undefined): Counted | null {
  const next = tokens[quantity.end];
  if (!previous) return null;
  // "about 12,000 people fled to Norvania and about 3,100 others to Talvenia"
  const joined = tokens[quantity.start - 1]?.lower === 'and' || tokens[quantity.start - 1]?.text === ',';
  if (next?.lower === 'others' && joined) return { ...previous.counted, end: quantity.end + 1, inherited: true };
  if (next?.kind === 'word' && next.lower !== 'and') return null;
  let i = quantity.start - 1;
  if (POSSESSING.has(tokens[i]?.lower ?? '')) i -= 1;
  let names = 0;
  while (isCapitalized(tokens[i]) || (names > 0 && tokens[i]?.kind === 'number')) {
    i -= 1;
    names += 1;
  }
  return names > 0 && names <= 4 && LIST_OPENERS.has(tokens[i]?.lower ?? '')
    ? { ...previous.counted, end: quantity.end, inherited: true }
    : null;
}

/** "1.4 million people, up from 1.1 million", "37 convoys, compared with 22": an earlier value of the same count. */
function comparedWith(tokens: Token[], quantity: Quantity, previous: Figure | undefined): Counted | null {
  if (!previous) return null;
  const two = `${tokens[quantity.start - 2]?.lower ?? ''} ${tokens[quantity.start - 1]?.lower ?? ''}`;
  const compared =
    /^(?:up|down|rising|falling|increasing|decreasing|compared) (?:from|with|to)$/.test(two) ||
    /^(?:against|versus|vs)$/.test(tokens[quantity.start - 1]?.lower ?? '');
  return compared ? { ...previous.counted, end: quantity.end, inherited: true } : null;
}

export function findFigures(tokens: Token[]): Figure[] {
  const figures: Figure[] = [];
  let previous: Figure | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const ordinal = ordinalCount(tokens, i);
    const quantity = ordinal ? ordinal.quantity : readQuantity(tokens, i);
    if (!quantity) continue;
    const allowOf = quantity.qualifier === 'vague';
    const counted =
      ordinal?.counted ??
      countedAfter(tokens, quantity.end, allowOf) ??
      comparedWith(tokens, quantity, previous) ??
      continuesList(tokens, quantity, previous) ??
      countedAround(tokens, quantity);
    i = Math.max(i, quantity.end - 1);
    if (!counted) continue;
    const figure = { quantity, counted };
    if (!isBreakdown(tokens, figure, previous)) figures.push(figure);
    previous = figure;
  }
  return figures;
}
