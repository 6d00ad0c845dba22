import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFacts } from '@/lib/extract';
import { FRIDAY } from './helpers';

/** "metric low origin->destination" of every movement fact in an invented text. */
function ends(text: string): string[] {
  return extractFacts(text, FRIDAY)
    .filter((f) => ['people_departed', 'people_arrived', 'people_displaced', 'trucks', 'convoys'].includes(f.metric))
    .map((f) => `${f.metric} ${f.low} ${f.origin ?? '-'}->${f.destination ?? '-'}`);
}

describe('origin and destination of movements', () => {
  it('reads "from A to B"', () => {
    expect(ends('The agency moved 340 refugees from Tilfa to Sorel camp on Tuesday.')).toEqual(['people_departed 340 Tilfa->Sorel camp']);
  });

  it('reads "fled A for B" and "left A for B"', () => {
    expect(ends('About 1,200 people fled Kelpa for Norvania on Monday.')).toEqual(['people_displaced 1200 Kelpa->Norvania']);
    expect(ends('Some 45 trucks left Amara for Dervan on Thursday.')).toEqual(['trucks 45 Amara->Dervan']);
  });

  it('reads "crossed from A into B"', () => {
    expect(ends('On Wednesday, 2,300 refugees crossed from Norvania into Talvenia, the border police said.')).toEqual([
      'people_arrived 2300 Norvania->Talvenia',
    ]);
  });

  it('reads "out of A ... to B" in one sentence', () => {
    expect(ends('Twelve buses carried 600 people out of Lower Tamsa on Tuesday to the Kessa transit site.')).toEqual([
      'trucks 12 Lower Tamsa->Kessa transit site',
      'people_departed 600 Lower Tamsa->Kessa transit site',
    ]);
  });

  it('takes the other end from a neighbouring sentence of the same story ("were sent on to B")', () => {
    const text =
      'On Tuesday, 20 trucks rumbled out of Sorel with families and their belongings.\n\nAfter registration the families were sent on to the Kessa camp.';
    expect(ends(text)).toEqual(['trucks 20 Sorel->Kessa camp']);
  });

  it('gives arrivals their place as destination and departures their place as origin', () => {
    expect(ends('On Monday 800 refugees arrived in Dervan from Tilfa.')).toEqual(['people_arrived 800 Tilfa->Dervan']);
  });

  it('leaves both ends empty for figures that do not move', () => {
    const facts = extractFacts('Some 4,000 people remain trapped in Kelpa, the agency said on Tuesday.', FRIDAY);
    expect(facts.map((f) => [f.metric, f.origin, f.destination])).toEqual([['people_trapped', null, null]]);
  });

  it('proposes Baghouz as origin and al-Hol as destination for the seed report evacuations', () => {
    const text = readFileSync(path.join(process.cwd(), 'data/reports/baghouz-2019-03-01-afp.txt'), 'utf8');
    const moves = extractFacts(text, { published: '2019-03-01', publisher: 'AFP' }).filter(
      (f) => f.metric !== 'people_trapped' && f.metric !== 'camp_population',
    );
    expect(moves.map((f) => `${f.metric} ${f.origin}->${f.destination}`)).toEqual([
      'people_departed Baghouz->al-Hol camp',
      'people_departed Baghouz->al-Hol camp',
      'trucks Baghouz->al-Hol camp',
      'convoys Baghouz->al-Hol camp',
    ]);
  });
});
