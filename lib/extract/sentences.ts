/** Sentences with their offsets in the text, and the paragraph each belongs to. */

export type Sentence = { start: number; end: number; paragraph: number };

/** Longer "sentences" (tables, run-on HTML, number dumps) are cut so excerpts stay reviewable. */
const MAX_SENTENCE = 1500;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'prof',
  'approx',
  'est',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
  'inc',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'fig',
  'gov',
  'sen',
  'rep',
  'mt',
  'maj',
  'brig',
]);

/** A sentence ends at . ! ? (plus closing quotes or brackets) followed by space and a likely start. */
const END = /[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d•\-*])/gu;

/** A line holding only a headline figure ("2.3M", "640K", "$1.2B"): its label is on the next line. */
const FIGURE_LINE = /^\s*[$€£]?\d[\d.,]*\s?[KkMmBb]?\+?\s*$/;
const LABEL_LINE = /^\s*\p{L}[^\n]{0,60}$/u;

export function splitSentences(work: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  // Lines are found with indexOf, not a regex: V8's regex engine can overflow its stack on one
  // multi-megabyte line (a pasted table or a page of HTML without line breaks).
  for (let start = 0; start < work.length;) {
    let end = lineEnd(work, start);
    const next = end + 1;
    if (!/\S/.test(work.slice(start, end))) {
      start = next;
      continue;
    }
    // key-figure blocks: "2.3M\npeople in need" is one line of text
    if (end - start <= 40 && FIGURE_LINE.test(work.slice(start, end)) && work[end] === '\n') {
      const labelEnd = lineEnd(work, next);
      if (labelEnd - next <= 62 && LABEL_LINE.test(work.slice(next, labelEnd))) end = labelEnd;
    }
    splitParagraph(work, start, end, paragraph, sentences);
    paragraph += 1;
    start = end + 1;
  }
  return sentences;
}

function lineEnd(work: string, from: number): number {
  const newline = work.indexOf('\n', from);
  return newline === -1 ? work.length : newline;
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
