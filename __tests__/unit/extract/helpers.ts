import { extractFacts, type ExtractedFact } from '@/lib/extract';

export const FRIDAY = { published: '2019-03-01', publisher: 'Test Wire' };

/** Facts of one text, as "metric low-high qualifier unit" strings, for compact expectations. */
export function summary(text: string, context = FRIDAY): string[] {
  return extractFacts(text, context).map((f) => `${f.metric} ${f.low}-${f.high} ${f.qualifier} ${f.unit}`);
}

export function only(text: string, context = FRIDAY): ExtractedFact {
  const facts = extractFacts(text, context);
  if (facts.length !== 1) throw new Error(`expected one fact, got ${facts.length}: ${JSON.stringify(facts.map((f) => f.metric))}`);
  return facts[0];
}
