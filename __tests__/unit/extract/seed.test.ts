import { readFileSync } from 'node:fs';
import { extractFacts } from '@/lib/extract';
import { toFactJson } from '@/lib/extract/serialize';
import { FactInputSchema } from '@/lib/validation/fact';

const example = JSON.parse(readFileSync('/work/shared/examples/baghouz-2019-03-01-afp.facts.json', 'utf8'));
const FIELDS = ['metric', 'low', 'high', 'qualifier', 'unit', 'location', 'date', 'date_precision', 'source_org', 'excerpt'];

function comparable(fact: Record<string, unknown>): string {
  return JSON.stringify(FIELDS.map((field) => fact[field]));
}

describe('the seed example (baghouz-2019-03-01-afp)', () => {
  const facts = extractFacts(example.text, { published: example.published, publisher: example.publisher });

  it('comes out exactly as labelled', () => {
    expect(facts.map(toFactJson).map(comparable).sort()).toEqual(example.facts.map(comparable).sort());
  });

  it('also from the .txt file with its dateline line', () => {
    const text = readFileSync('/work/shared/examples/baghouz-2019-03-01-afp.txt', 'utf8');
    const fromFile = extractFacts(text, { published: '2019-03-01', publisher: 'AFP' });
    expect(fromFile.map(toFactJson).map(comparable).sort()).toEqual(example.facts.map(comparable).sort());
  });

  it('gives excerpts that are the text between start and end, and facts every door accepts', () => {
    for (const fact of facts) {
      expect(example.text.slice(fact.start, fact.end)).toBe(fact.excerpt);
      expect(FactInputSchema.safeParse({ ...fact }).success).toBe(true);
      expect(fact.cue).toMatch(/^".+" -> [a-z_]+$/);
    }
  });
});
