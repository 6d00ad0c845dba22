/**
 * Which cues can start at a word: each cue pattern's alternatives begin with a literal word
 * ("killed", "in the ... camp"), so a sentence's words say which cues are worth trying, and where.
 * Cues whose start cannot be read this way ("(?:had |has )?seen") are tried on the whole sentence.
 */
import { CUES } from './cues';

const KEY_LENGTH = 4;

/** Top-level alternatives of a pattern: "a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]. */
function alternatives(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(pattern.slice(from));
  return parts;
}

/** The word keys an alternative can start with, or null when it cannot be told. */
function startKeys(alternative: string): string[] | null {
  const group = /^\(\?:([^()]*)\)(\??)/.exec(alternative);
  if (group) {
    if (group[2]) return null;
    const keys = alternatives(group[1]).map(startKeys);
    return keys.every((k) => k) ? (keys.flat() as string[]) : null;
  }
  const literal = /^[a-z'-]+/i.exec(alternative)?.[0] ?? '';
  // "deaths?": the last letter is optional
  const word = alternative[literal.length] === '?' ? literal.slice(0, -1) : literal;
  return word ? [word.toLowerCase().slice(0, KEY_LENGTH)] : null;
}

export type CueIndex = { byKey: Map<string, number[]>; always: number[] };

function buildIndex(): CueIndex {
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  CUES.forEach((cue, order) => {
    const keys = alternatives(cue.pattern).map(startKeys);
    if (keys.some((k) => !k)) {
      always.push(order);
      return;
    }
    for (const key of new Set(keys.flat() as string[])) byKey.set(key, [...(byKey.get(key) ?? []), order]);
  });
  return { byKey, always };
}

export const CUE_INDEX = buildIndex();

/** Cues that may start at a word, from its first one to four letters. */
export function cuesStartingWith(lower: string): number[] | undefined {
  let found: number[] | undefined;
  for (let length = 1; length <= KEY_LENGTH && length <= lower.length; length += 1) {
    const orders = CUE_INDEX.byKey.get(lower.slice(0, length));
    if (orders) found = found ? [...found, ...orders] : orders;
  }
  return found;
}
