/** Which metric a figure is, from its noun and the nearest cue in its clause. */
import type { Metric } from '@/lib/facts/vocabulary';
import { AID_CUES, CAMP_CONTEXT, COMPILED, type Cue } from './cues';
import type { Counted } from './nouns';
import type { Quantity } from './quantities';
import { tokenIndexAt, type Token } from './tokens';

export type CueMatch = { start: number; end: number; text: string; cue: Cue; order: number };
export type MetricChoice = { metric: Metric; altMetrics: Metric[]; cue: string; cueToken: number };

/** Longest window over which a verb after the figure still governs it ("Thousands of ..., many of them ..., have been pouring out"). */
const AFTER_REACH = 15;
const BEFORE_REACH = 4;
const BREAKS_BEFORE = new Set([',', ';', 'and', 'but', 'or', '—', '(', ')', ':', 'while', 'whereas']);

/** Every cue in the sentence, as token spans. */
export function findCues(work: string, tokens: Token[], start: number, end: number): CueMatch[] {
  const text = work.slice(start, end);
  const matches: CueMatch[] = [];
  COMPILED.forEach(({ regex, cue }, order) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const from = tokenIndexAt(tokens, start + m.index);
      const to = tokenIndexAt(tokens, start + m.index + m[0].length);
      matches.push({ start: from, end: to, text: m[0], cue, order });
    }
  });
  return matches;
}

function distanceTo(tokens: Token[], match: CueMatch, from: number, to: number): number | null {
  if (match.start >= from && !match.cue.beforeOnly) {
    const gap = Math.max(0, match.start - to);
    const crossed = tokens.slice(to, match.start).some((t) => t.text === ';' || t.text === '.');
    return gap <= AFTER_REACH && !crossed ? gap : null;
  }
  if (match.end <= from && !match.cue.afterOnly) {
    const between = tokens.slice(match.end, from);
    return between.length <= BEFORE_REACH && !between.some((t) => BREAKS_BEFORE.has(t.lower)) ? between.length + 0.5 : null;
  }
  return null;
}

function ranked(tokens: Token[], cues: CueMatch[], quantity: Quantity, counted: Counted): CueMatch[] {
  const scored = cues
    .map((match) => ({ match, distance: distanceTo(tokens, match, quantity.start, counted.end) }))
    .filter((s): s is { match: CueMatch; distance: number } => s.distance !== null);
  scored.sort((a, b) => a.distance - b.distance || a.match.order - b.match.order);
  return scored.map((s) => s.match);
}

function metricOf(match: CueMatch, sentence: string): Metric | null | 'neutral' {
  if (match.cue.needsCamp) return CAMP_CONTEXT.test(sentence) ? 'camp_population' : 'neutral';
  return match.cue.metric;
}

/** The metric for a figure, or null when its nearest cue says it is not a fact ("affected", "missing"). */
export function chooseMetric(tokens: Token[], cues: CueMatch[], quantity: Quantity, counted: Counted, sentence: string): MetricChoice | null {
  const near = ranked(tokens, cues, quantity, counted);
  const cueToken = near[0]?.start ?? counted.end - 1;
  if (counted.kind === 'aid' && !AID_CUES.test(sentence)) return null;
  if (counted.metric && counted.strong) {
    return { metric: counted.metric, altMetrics: [], cue: `"${counted.noun}" -> ${counted.metric}`, cueToken };
  }
  const best = near[0];
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
