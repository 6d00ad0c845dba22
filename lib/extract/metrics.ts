/** Which metric a figure is, from its noun and the nearest cue in its clause. */
import type { Metric } from '@/lib/facts/vocabulary';
import { CUE_INDEX, cuesStartingWith } from './cue-index';
import { AID_CUES, CAMP_CONTEXT, COMPILED, CUES, type Cue } from './cues';
import type { Counted } from './nouns';
import type { Quantity } from './quantities';
import { tokenIndexAt, type Token } from './tokens';

export type CueMatch = { start: number; end: number; text: string; cue: Cue; order: number };
export type MetricChoice = { metric: Metric; altMetrics: Metric[]; cue: string; cueToken: number };

/** Longest window over which a verb after the figure still governs it ("Thousands of ..., many of them ..., have been pouring out"). */
const AFTER_REACH = 15;
const BEFORE_REACH = 4;
/** An adjective inside the counted phrase ("2,000 displaced people") is a weaker cue than the verb of the clause. */
const IN_PHRASE = 8;
const BREAKS_BEFORE = new Set([',', ';', 'and', 'but', 'or', '—', '(', ')', ':', 'while', 'whereas']);

/** Each cue anchored at one position, tried only where the sentence's words say it may start. */
const STICKY = CUES.map((cue) => new RegExp(`(?:${cue.pattern})\\b`, 'iy'));

/** Every cue in the sentence, as token spans (each cue's matches leftmost first and without overlaps, like a global search). */
export function findCues(work: string, tokens: Token[], start: number, end: number): CueMatch[] {
  // a cue spelled in capitals or as a heading still counts: cues are matched case-insensitively
  const text = work.slice(start, end);
  const matches: CueMatch[] = [];
  const push = (at: number, found: string, order: number) => {
    const from = tokenIndexAt(tokens, start + at);
    matches.push({ start: from, end: tokenIndexAt(tokens, start + at + found.length), text: found, cue: CUES[order], order });
  };
  for (const order of CUE_INDEX.always) {
    const { regex } = COMPILED[order];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) push(m.index, m[0], order);
  }
  const cueEnd = new Map<number, number>();
  for (const token of tokens) {
    const orders = token.kind === 'word' ? cuesStartingWith(token.lower) : undefined;
    if (!orders) continue;
    const at = token.start - start;
    for (const order of orders) {
      if ((cueEnd.get(order) ?? -1) > at) continue;
      const regex = STICKY[order];
      regex.lastIndex = at;
      const m = regex.exec(text);
      if (!m) continue;
      cueEnd.set(order, at + m[0].length);
      push(at, m[0], order);
    }
  }
  return matches;
}

function distanceTo(tokens: Token[], match: CueMatch, from: number, to: number): number | null {
  const weakness = match.cue.weak ? 1.5 : 0;
  if (match.start >= from && match.start < to - 1) return IN_PHRASE;
  if (match.start >= from && !match.cue.beforeOnly) {
    const gap = Math.max(0, match.start - to);
    const crossed = tokens.slice(to, match.start).some((t) => t.text === ';' || t.text === '.');
    return gap <= AFTER_REACH && !crossed ? gap + weakness : null;
  }
  if (match.end <= from && !match.cue.afterOnly) {
    const between = tokens.slice(match.end, from);
    // "New arrivals in the last 24 hours: 412": the whole label before the colon describes the figure
    if (between.length > 0 && between[between.length - 1].text === ':' && !between.slice(0, -1).some((t) => t.text === ':')) return 1;
    const broken = between.some((t) => BREAKS_BEFORE.has(t.lower));
    return between.length <= (match.cue.reach ?? BEFORE_REACH) && !broken ? between.length + 0.5 + weakness : null;
  }
  return null;
}

function ranked(tokens: Token[], cues: CueMatch[], quantity: Quantity, counted: Counted): CueMatch[] {
  const scored = cues
    .map((match) => ({ match, distance: distanceTo(tokens, match, quantity.start, counted.end) }))
    .filter((s): s is { match: CueMatch; distance: number } => s.distance !== null);
  scored.sort((a, b) => a.distance - b.distance || b.match.text.length - a.match.text.length || a.match.order - b.match.order);
  return scored.map((s) => s.match);
}

/** `sentence` is the lower-cased sentence; a report about a camp (its opening names one) gives every sentence camp context. */
function metricOf(match: CueMatch, sentence: string): Metric | null | 'neutral' {
  if (match.cue.needsCamp) return CAMP_CONTEXT.test(sentence) ? 'camp_population' : 'neutral';
  return match.cue.metric;
}

/** The metric for a figure, or null when its nearest cue says it is not a fact ("affected", "missing"). */
/**
 * "evacuated 300 men, 200 women and 150 children": figures listed after one verb share its metric;
 * so does the same count restated in brackets, "23,410 individuals (4,682 households)".
 */
export function listedAfter(tokens: Token[], previousEnd: number, quantity: Quantity): boolean {
  const between = tokens.slice(previousEnd, quantity.start);
  return between.length > 0 && between.length <= 2 && between.every((t) => t.text === ',' || t.lower === 'and' || t.text === '(');
}

export function chooseMetric(
  tokens: Token[],
  cues: CueMatch[],
  quantity: Quantity,
  counted: Counted,
  sentence: string,
): MetricChoice | null {
  const near = ranked(tokens, cues, quantity, counted);
  const cueToken = near[0]?.start ?? counted.end - 1;
  if (counted.kind === 'aid' && !AID_CUES.test(sentence)) return null;
  if (counted.metric && counted.strong) {
    return { metric: counted.metric, altMetrics: [], cue: `"${counted.noun}" -> ${counted.metric}`, cueToken };
  }
  // a cue that needs a camp, where there is none, neither counts nor blocks: the next cue decides
  const best = near.find((match) => metricOf(match, sentence) !== 'neutral');
  const metric = best ? metricOf(best, sentence) : 'neutral';
  if (metric === null) return null;
  const chosen = metric === 'neutral' ? counted.metric : metric;
  if (!chosen) return null;
  const altMetrics = alternatives(near.slice(1), sentence, chosen, counted);
  const cueText = metric === 'neutral' || !best ? counted.noun : best.text;
  return { metric: chosen, altMetrics, cue: `"${cueText}" -> ${chosen}`, cueToken };
}

function alternatives(rest: CueMatch[], sentence: string, chosen: Metric, counted: Counted): Metric[] {
  const alts = new Set<Metric>();
  for (const match of rest.slice(0, 3)) {
    const metric = metricOf(match, sentence);
    if (metric && metric !== 'neutral' && metric !== chosen) alts.add(metric);
  }
  if (counted.metric && counted.metric !== chosen) alts.add(counted.metric);
  return [...alts];
}
