/** Shapes that failed on real reports, in invented sentences (never real report text). */
import { extractFacts } from '@/lib/extract';
import { FRIDAY, summary } from './helpers';

function measures(text: string): string[] {
  return extractFacts(text, FRIDAY).map((f) => `${f.metric} ${f.low} ${f.measure} ${f.periodStart ?? '-'}`);
}

describe('figures the keyword lists used to miss', () => {
  it('a movement verb before the figure ("moved 340 refugees from A to B")', () => {
    expect(summary('The agency moved 340 refugees from Tilfa to Sorel camp on Tuesday.')).toEqual(['people_departed 340-340 exact people']);
  });

  it('a list of bare figures after names ("A hosts N; B has M; and C K")', () => {
    expect(summary('Kessa camp hosts 5,100 refugees; Dervan has 2,400; and Amara 950.')).toEqual([
      'camp_population 5100-5100 exact people',
      'camp_population 2400-2400 exact people',
      'camp_population 950-950 exact people',
    ]);
  });

  it('a coordinated figure with "others" and no verb of its own, and "another N" after a verb', () => {
    expect(summary('About 12,000 people fled to Norvania and about 3,100 others to Talvenia.')).toEqual([
      'people_displaced 12000-12000 approx people',
      'people_displaced 3100-3100 approx people',
    ]);
    expect(summary('The militia killed 22 people and injured another 31 on Monday.')).toEqual([
      'people_killed 22-22 exact people',
      'people_injured 31-31 exact people',
    ]);
  });

  it('a demonym the lexicon lacks, and a figure followed by its verb', () => {
    expect(summary('Nearly 1,200 Norvanians have been killed.')).toEqual(['people_killed 1200-1200 approx people']);
    expect(
      summary(
        'Talvenia has seen a record number of refugees crossing, with over 20,000 arriving in Kessa camp since the start of the month.',
      ),
    ).toEqual(['people_arrived 20000-20000 min people']);
  });

  it('"badly-needed aid" is not a requirement; "were rescued" after the figure', () => {
    expect(summary('More than 140 trucks carrying badly-needed aid have crossed into Norvania since the quake, the agency said.')).toEqual([
      'trucks 140-140 min vehicles',
    ]);
    expect(summary('So far this year 41,200 migrants were rescued at sea, the coastguard said.')).toEqual([
      'people_reached 41200-41200 exact people',
    ]);
  });

  it('the day after an abbreviated month is not a figure ("since Oct. 12 ... reached 388")', () => {
    expect(summary('Since Oct. 12 the number of trucks that entered Sorel reached 388.')).toEqual(['trucks 388-388 exact vehicles']);
  });
});

describe('measure and period start', () => {
  it('running totals are cumulative with their stated start', () => {
    expect(measures('About 400 people have arrived in Kessa since 4 December.')).toEqual(['people_arrived 400 cumulative 2018-12-04']);
    expect(measures('So far this year 41,200 migrants were rescued at sea, the coastguard said.')).toEqual([
      'people_reached 41200 cumulative 2019-01-01',
    ]);
    expect(measures('The death toll rose to 122, the ministry said.')).toEqual(['people_killed 122 cumulative -']);
  });

  it('rolling windows are flows starting inside the window; one-day flows have no start', () => {
    expect(measures('In the last 48 hours 3,000 people crossed into Talvenia.')).toEqual(['people_arrived 3000 flow 2019-02-28']);
    expect(measures('On Wednesday, 15 trucks left Sorel.')).toEqual(['trucks 15 flow -']);
  });

  it('stock metrics are stocks, and so are displaced people said to be somewhere now', () => {
    expect(measures('Some 4,000 people remain trapped in Kelpa, the agency said on Tuesday.')).toEqual(['people_trapped 4000 stock -']);
    expect(measures('There are now 52,000 refugees in Talvenia, the agency said on Tuesday.')).toEqual(['people_displaced 52000 stock -']);
  });

  it('every fact carries a confidence between 0 and 1, lower for a vague figure with no place', () => {
    const [sure] = extractFacts('On Wednesday, 15 trucks left Sorel for Amara.', FRIDAY);
    const [vague] = extractFacts('Thousands of people are believed to be cornered.', FRIDAY);
    expect(sure.confidence).toBeGreaterThan(vague.confidence!);
    for (const fact of [sure, vague]) expect(fact.confidence).toBeGreaterThanOrEqual(0);
  });
});

describe('story memory: the current place', () => {
  const places = (text: string) => extractFacts(text, FRIDAY).map((f) => `${f.metric} ${f.low} @${f.location}`);

  it("a sentence naming no place is about the last place of its paragraph, not the report's most-named one", () => {
    const text =
      'Work began on Dorval camp, near Kessa camp. Dorval camp will open next month.\n\n' +
      'Yesterday 3,200 refugees arrived in Kessa camp. A further 900 arrived overnight.';
    expect(places(text)).toEqual(['people_arrived 3200 @Kessa camp', 'people_arrived 900 @Kessa camp']);
  });

  it('"the Norvanian port city of Tilfa" and "Norvania\'s region of Tilfa" are about Tilfa; "trying to reach X" is a destination', () => {
    expect(places('More than 300 migrants were evacuated from the Norvanian port city of Tilfa on Monday.')).toEqual([
      'people_departed 300 @Tilfa',
    ]);
    expect(places("About 4,000 people were displaced in Norvania's region of Tilfa last week.")).toEqual(['people_displaced 4000 @Tilfa']);
    expect(
      extractFacts('Some 800 people left Sorel on Monday trying to reach Kessa.', FRIDAY).map((f) => `${f.origin} -> ${f.destination}`),
    ).toEqual(['Sorel -> Kessa']);
  });

  it('a place people fled is not the current place, and a new paragraph forgets it', () => {
    const text =
      'Families who had fled floods in Lower Amsa now shelter at Tilfa camp. Some 120 people arrived on Monday.\n\n' +
      'Tilfa camp is full. In Sorel, 60 people were injured. A further 15 people died.';
    expect(places(text)).toEqual(['people_arrived 120 @Tilfa camp', 'people_injured 60 @Sorel', 'people_killed 15 @Sorel']);
  });
});

describe('story memory: who speaks', () => {
  const sources = (text: string) => extractFacts(text, FRIDAY).map((f) => `${f.low} ${f.sourceOrg}`);

  it('a spokesperson introduced with an organization speaks for it when quoted later by name', () => {
    expect(
      sources('Maria Ruiz, a UNHCR spokeswoman, visited Kessa camp. About 2,300 refugees have arrived since Monday, Ruiz said.'),
    ).toEqual(['2300 UNHCR']);
    expect(sources('ICRC spokesperson Anna Weber spoke in Sorel. "More than 40 buses left the town today," Weber told reporters.')).toEqual(
      ['40 International Committee of the Red Cross'],
    );
    expect(
      sources(
        'The director of the International Organization for Migration in Tilfa, Jan Smit, met officials. According to Smit, some 600 migrants arrived on Monday.',
      ),
    ).toEqual(['600 International Organization for Migration']);
  });

  it('institutions written in lower case speak: the coastguard, a district administration, a mayor', () => {
    expect(sources('About 70 migrants were rescued off Sorel on Sunday, the coastguard said.')).toEqual(['70 coastguard']);
    expect(sources('Some 1,400 refugees are sheltering in Tilfa, an official of the Dervan district administration said.')).toEqual([
      '1400 Dervan district administration',
    ]);
    expect(sources('According to the mayor of Kessa, the town hosts some 9,000 displaced people.')).toEqual(['9000 mayor of Kessa']);
  });

  it('a government speaks: "the government" of the country named, and a country as subject', () => {
    expect(sources('At least 35 people died in floods in Chad, according to the government.')).toEqual(['35 Government of Chad']);
    expect(sources('Chad says about 3,000 refugees arrived in Sorel on Monday.')).toEqual(['3000 Government of Chad']);
    expect(sources('At least 35 people died in floods, according to the government.')).toEqual(['35 Test Wire']);
  });

  it('a name never introduced with an organization is not one', () => {
    expect(sources('About 300 people fled Sorel on Monday, Weber said.')).toEqual(['300 Test Wire']);
  });
});
