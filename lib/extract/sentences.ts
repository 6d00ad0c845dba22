/** Sentences with their offsets in the text, and the paragraph each belongs to. */

export type Sentence = { start: number; end: number; paragraph: number };

/** Longer "sentences" (tables, run-on HTML, number dumps) are cut so excerpts stay reviewable. */
const MAX_SENTENCE = 1500;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'approx', 'est',
  'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.n', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'gov', 'sen', 'rep', 'mt', 'maj', 'brig',
]);

/** A sentence ends at . ! ? (plus closing quotes or brackets) followed by space and a likely start. */
const END = /[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d•\-*])/gu;

export function splitSentences(work: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = /[^\n]+/g;
  let paragraph = 0;
  for (let match = paragraphs.exec(work); match; match = paragraphs.exec(work)) {
    if (!/\S/.test(match[0])) continue;
    splitParagraph(work, match.index, match.index + match[0].length, paragraph, sentences);
    paragraph += 1;
  }
  return sentences;
}

function splitParagraph(work: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const text = work.slice(from, to);
  let start = 0;
  END.lastIndex = 0;
  for (let match = END.exec(text); match; match = END.exec(text)) {
    if (isAbbreviation(text, match.index)) continue;
    pushTrimmed(work, from + start, from + match.index + match[0].length, paragraph, out);
    start = match.index + match[0].length;
  }
  pushTrimmed(work, from + start, to, paragraph, out);
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!word) return false;
  const lower = word[1].toLowerCase();
  return ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word[1]) || /^(\p{L}\.)+\p{L}$/u.test(word[1]);
}

function pushTrimmed(work: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(work[start])) start += 1;
  while (end > start && /\s/.test(work[end - 1])) end -= 1;
  while (end - start > MAX_SENTENCE) {
    const cut = work.lastIndexOf(' ', start + MAX_SENTENCE);
    const at = cut > start ? cut : start + MAX_SENTENCE;
    out.push({ start, end: at, paragraph });
    start = at;
    while (start < end && /\s/.test(work[start])) start += 1;
  }
  if (end > start) out.push({ start, end, paragraph });
}
