/** Every figure of a sentence with the thing it counts: "15 trucks", "hundreds of people", "the fifth such evacuation". */
import { countedAfter, nounEntry, type Counted } from './nouns';
import { ORDINALS } from './numbers';
import { readQuantity, type Quantity } from './quantities';
import type { Token } from './tokens';

export type Figure = { quantity: Quantity; counted: Counted };

const PEOPLE_VERBS = /^(?:killing|killed|kills|wounding|wounded|injuring|injured|displacing|displaced|evacuated|evacuating|rescued|hosting|hosts|sheltering|assisted|treated|reached)$/;
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'died', 'fled', 'remain', 'remained']);
const BREAKDOWN = /^(?:including|among|of whom|of which|mostly|mainly|notably|comprising|consisting|\()$/;
const EVENT_WINDOW = new Set(['in', 'this', 'since', 'so', 'of', 'over', 'within']);

function people(end: number): Counted {
  return { kind: 'people', unit: 'people', noun: 'people', end };
}

/** "the death toll rose to 45", "the number of displaced people reached 1.2 million", "killing 12", "12 were killed". */
function countedAround(tokens: Token[], quantity: Quantity): Counted | null {
  const before = tokens[quantity.start - 1];
  if (before && PEOPLE_VERBS.test(before.lower)) return people(quantity.end);
  if (AUXILIARIES.has(tokens[quantity.end]?.lower ?? '') && quantity.start > 0) return people(quantity.end);
  if (before?.text === ':' && nounEntry(tokens[quantity.start - 2])) return { ...countedAfter(tokens, quantity.start - 2, false)!, end: quantity.end };
  for (let i = quantity.start - 1; i >= Math.max(0, quantity.start - 10); i -= 1) {
    const word = tokens[i].lower;
    if (word === '.' || word === ';') break;
    if (word === 'toll' && tokens[i - 1]?.lower !== 'human') return { kind: 'people', unit: 'people', noun: 'toll', metric: 'people_killed', strong: true, end: quantity.end };
    if ((word === 'number' || word === 'total') && tokens[i + 1]?.lower === 'of') {
      const noun = countedAfter(tokens, i + 2, false);
      return noun && noun.kind === 'people' ? { ...noun, end: quantity.end } : null;
    }
  }
  return null;
}

/** "the fifth such evacuation in a week": an ordinal that counts events, unlike "the first convoy". */
function ordinalCount(tokens: Token[], i: number): Figure | null {
  const value = ORDINALS[tokens[i].lower];
  if (!value || tokens[i - 1]?.lower !== 'the') return null;
  const such = tokens[i + 1]?.lower === 'such' ? 1 : 0;
  const noun = nounEntry(tokens[i + 1 + such]);
  if (!noun || noun.kind !== 'convoys' || (!such && !EVENT_WINDOW.has(tokens[i + 2]?.lower ?? ''))) return null;
  const quantity: Quantity = { low: value, high: value, qualifier: 'exact', start: i, end: i + 1, figureStart: i, words: true };
  return { quantity, counted: { kind: 'convoys', unit: 'convoys', noun: tokens[i + 1 + such].text, metric: 'convoys', strong: true, end: i + 2 + such } };
}

/** A figure after another one and after "including"/"among them" splits the earlier total: not a fact of its own. */
function isBreakdown(tokens: Token[], figure: Figure, previous: Figure | undefined): boolean {
  if (!previous || previous.counted.kind !== 'people' || figure.counted.kind !== 'people') return false;
  const between = tokens.slice(previous.counted.end, figure.quantity.start).map((t) => t.lower);
  const joined = between.join(' ');
  return between.some((w) => BREAKDOWN.test(w)) || /\bof (?:whom|which|them)\b/.test(joined);
}

export function findFigures(tokens: Token[]): Figure[] {
  const figures: Figure[] = [];
  let previous: Figure | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const ordinal = ordinalCount(tokens, i);
    const quantity = ordinal ? ordinal.quantity : readQuantity(tokens, i);
    if (!quantity) continue;
    const allowOf = quantity.qualifier === 'vague' || quantity.words || !/^\d+$/.test(tokens[quantity.end - 1].text);
    const counted = ordinal?.counted ?? countedAfter(tokens, quantity.end, allowOf) ?? countedAround(tokens, quantity);
    i = Math.max(i, quantity.end - 1);
    if (!counted) continue;
    const figure = { quantity, counted };
    if (!isBreakdown(tokens, figure, previous)) figures.push(figure);
    previous = figure;
  }
  return figures;
}
