/**
 * Figures that are not facts (facts.md): percentages, money, ages, durations, distances, dates,
 * identifiers, differences, capacities, and projections, plans, targets and requirements.
 */
import type { CountedKind } from './nouns';
import type { Quantity } from './quantities';
import type { Token } from './tokens';

const AFTER_UNITS =
  /^(?:%|percent|per|pc|percentage|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|nights?|km|kms|kilometres?|kilometers?|km2|sq|square|miles?|metres?|meters?|hectares?|ha|acres?|feet|ft|cm|mm|kg|kilograms?|degrees?|°|dollars?|usd|euros?|eur|pounds?|francs?|shillings?|birr|rupees?|pesos?|times|fold|am|pm|a\.m|p\.m|gmt|year-olds?|years-old|year-old|month-old|day-old|th|st|nd|rd)$/;
const BEFORE_MONEY = new Set(['$', '€', '£', '¥', 'us$', 'usd', 'eur', 'chf', 'gbp']);
const BEFORE_IDENTIFIER = new Set([
  'magnitude',
  'no',
  'resolution',
  'phase',
  'article',
  '#',
  'number',
  'route',
  'highway',
  'level',
  'category',
  'aged',
  'age',
  'ages',
  'block',
  'sector',
  'zone',
  'gate',
  'ward',
  'flight',
]);
const DIFFERENCE_BEFORE =
  /^(?:increase|rise|decline|drop|jump|fall|decrease|up|down|rose|increased|fell|grew|dropped|decreased|climbed|surged)$/;
const CAPACITY =
  /\b(?:built for|built to (?:host|hold|house|accommodate|shelter)|(?:which|that) (?:serves|served|used to serve)|capacity|designed for|designed to|can accommodate|could accommodate|can hold|can host|meant for|intended for|room for|space for|enough for|sufficient for|able to (?:host|hold|accommodate))\b/;
const PROJECTION =
  /\b(?:may|might|could|would|will|shall|expected|projected|forecasts?|forecast|planned|plans?|planning|aims?|aiming|targets?|targeted|targeting|intends?|likely|set to|going to|prepared to|ready to|hopes?|appeal(?:ing)?|seeks?|seeking|budget(?:ed)?|potential(?:ly)?|if|unless|to be (?:relocated|moved|evacuated)|scheduled)\b/;
const REQUIREMENT =
  /\b(?:need|needs|(?<!-|much |badly |urgently |desperately )needed|required|requires|require|requirement|requirements|necessary|short of|shortfall)\b/;

const CLAUSE_END = /^(?:[;,:]|but|while|whereas|although)$/;

function wordsBetween(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), Math.min(tokens.length, to))
    .map((t) => t.lower)
    .join(' ');
}

/** The clause window around a figure, cut at semicolons and sentence ends. */
function clauseWindow(tokens: Token[], from: number, to: number): string {
  let start = from;
  while (start > 0 && from - start < 6 && !CLAUSE_END.test(tokens[start - 1].lower)) start -= 1;
  let end = to;
  while (end < tokens.length && end - to < 5 && !CLAUSE_END.test(tokens[end].lower)) end += 1;
  return wordsBetween(tokens, start, end);
}

function isUnitAfter(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (!next) return false;
  if (AFTER_UNITS.test(next.lower)) return true;
  if (next.text === '-' && AFTER_UNITS.test(tokens[end + 1]?.lower ?? '')) return true;
  return /^(year|month|week|day)s?-old$/.test(next.lower) || (next.lower === 'per' && tokens[end + 1]?.lower === 'cent');
}

/** "children under five", "people over 60", "aged 5": ages, not counts. */
function isAge(tokens: Token[], quantity: Quantity): boolean {
  const first = tokens[quantity.start]?.lower;
  const before = tokens[quantity.start - 1]?.lower ?? '';
  return (first === 'under' || first === 'over') && /^(?:children|child|kids|people|adults|those|persons|girls|boys|aged)$/.test(before);
}

function isDifference(tokens: Token[], quantity: Quantity): boolean {
  const after = wordsBetween(tokens, quantity.end, quantity.end + 5);
  if (/^(?:\S+ )?(?:more|fewer|less|higher|lower)\b.*\bthan\b/.test(after) || /^(?:times|fold)\b/.test(after)) return true;
  const before = tokens[quantity.start - 1]?.lower ?? '';
  if ((before === 'by' || before === 'of') && DIFFERENCE_BEFORE.test(tokens[quantity.start - 2]?.lower ?? '')) return true;
  if (DIFFERENCE_BEFORE.test(before) && /^(?:up|down)$/.test(before)) return true;
  return before === 'from' && tokens[quantity.end]?.lower === 'to';
}

/** "if, as feared, up to 80,000 people leave": a condition governs the figure even across commas. */
function isConditional(tokens: Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 10); i -= 1) {
    if (tokens[i].text === '.' || tokens[i].text === ';') return false;
    if (tokens[i].lower === 'if' || tokens[i].lower === 'unless') return true;
  }
  return false;
}

/** "her five children", "his two sons": a family described, not a count reported. */
const FAMILY_POSSESSOR = new Set(['her', 'his', 'my', 'your']);

/** "the enclave's 1.1 million residents": the resident population of a place. */
function isResidents(tokens: Token[], quantity: Quantity): boolean {
  const before = tokens[quantity.start - 1];
  return Boolean(
    before && /'s$/.test(before.text) && /^(?:residents|inhabitants|population|people)$/.test(tokens[quantity.end]?.lower ?? ''),
  );
}

/** A reason the figure is not a fact, or null. `cueToken` is where its metric cue is, to bound the clause. */
export function exclusionReason(tokens: Token[], quantity: Quantity, kind: CountedKind, cueToken: number, inDate: boolean): string | null {
  if (inDate) return 'date';
  if (!Number.isInteger(quantity.low) && kind !== 'aid') return 'fraction of a person or vehicle';
  if (isAge(tokens, quantity)) return 'age';
  if (isUnitAfter(tokens, quantity.end)) return 'unit';
  const before = tokens[quantity.figureStart - 1];
  if (before && (BEFORE_MONEY.has(before.lower) || (BEFORE_IDENTIFIER.has(before.lower) && quantity.start === quantity.figureStart)))
    return 'identifier or money';
  if (
    (before?.text === '-' || before?.text === ':') &&
    before.start === tokens[quantity.figureStart - 2]?.end &&
    before.end === tokens[quantity.figureStart].start
  )
    return 'identifier or time';
  if (tokens[quantity.end]?.lower === 'in' && tokens[quantity.end + 1]?.kind !== 'word' && tokens[quantity.end + 1]) return 'ratio';
  if (isDifference(tokens, quantity)) return 'difference';
  if (FAMILY_POSSESSOR.has(tokens[quantity.start - 1]?.lower ?? '') && quantity.high < 20) return 'family';
  if (isResidents(tokens, quantity)) return 'residents';
  if (isConditional(tokens, quantity.start)) return 'projection';
  const window = clauseWindow(tokens, Math.min(quantity.start, cueToken), Math.max(quantity.end, cueToken + 1));
  if (CAPACITY.test(window)) return 'capacity';
  if (PROJECTION.test(window)) return 'projection';
  if (kind !== 'people' && REQUIREMENT.test(window)) return 'requirement';
  return null;
}
