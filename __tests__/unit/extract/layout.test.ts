import { extractFacts } from '@/lib/extract';
import { only, summary } from './helpers';

const TUESDAY = { published: '2030-04-16', publisher: 'Relief Desk Example' };

function facts(text: string, context = TUESDAY): string[] {
  return extractFacts(text, context).map((f) => `${f.metric} ${f.low} @${f.location} ${f.date}/${f.datePrecision} by ${f.sourceOrg}`);
}

describe('report layout', () => {
  it('an "As of" header dates the bullets under it', () => {
    const text = 'Flash update 2\nAs of 14 April:\n• 3,000 people have been displaced since 10 April.\n• At least 12 people were killed.';
    expect(facts(text)).toEqual([
      'people_displaced 3000 @Unspecified 2030-04-14/day by Relief Desk Example',
      'people_killed 12 @Unspecified 2030-04-14/day by Relief Desk Example',
    ]);
  });

  it('a heading naming a site places the digest lines under it', () => {
    const text =
      'Weekly site digest\n\nLakeview camp\nPopulation: 4,100 individuals.\n\nHill 3 site\nPopulation: approximately 950 individuals.';
    expect(extractFacts(text, TUESDAY).map((f) => `${f.low} @${f.location}`)).toEqual(['4100 @Lakeview camp', '950 @Hill 3 site']);
  });

  it('a headline figure the body repeats is one fact, read from the body', () => {
    const text = 'Floods kill 14 in Ostrel valley\n\nAt least 14 people were killed by floods in the Ostrel valley on Monday.';
    const fact = only(text, TUESDAY);
    expect(`${fact.low} ${fact.qualifier} ${fact.date}`).toBe('14 min 2030-04-15');
  });

  it('a key-figure block reads the figure line with the label line under it', () => {
    expect(summary('KEY FIGURES\n1.5M\npeople in need\n320K\ninternally displaced people\n$40M\nrequired', TUESDAY)).toEqual([
      'people_in_need 1500000-1500000 exact people',
      'people_displaced 320000-320000 exact people',
    ]);
  });
});

describe('datelines', () => {
  it('a press-release dateline after the headline is neither the day nor the place of the figures', () => {
    const text = 'Clinic overwhelmed\n\nBrannock, 16 April 2030 – Teams treated 230 wounded people on Sunday in Brannock.';
    const fact = only(text, TUESDAY);
    expect(`${fact.metric} ${fact.date} ${fact.location}`).toBe('people_injured 2030-04-14 Brannock');
  });

  it('a wire dateline names the agency when an outlet republishes the story', () => {
    const text = 'BRANNOCK, April 16 (Harbour News Agency) - At least 9 people were killed on Monday, officials said.';
    const fact = only(text, { published: '2030-04-16', publisher: 'Daily Example' });
    expect(`${fact.sourceOrg} ${fact.date}`).toBe('Harbour News Agency 2030-04-15');
  });
});

describe('days', () => {
  it('prefers the day of the event to the day it was announced', () => {
    const fact = only('At least 20 people died when a boat sank on Saturday, the port authority said on Monday.', TUESDAY);
    expect(fact.date).toBe('2030-04-13');
  });

  it('a running total starts at "since ..." and is as of the sentence day', () => {
    const fact = only('The ministry said on Sunday that 410 people had been killed since the crossing closed on 2 March.', TUESDAY);
    expect(`${fact.date}/${fact.datePrecision}`).toBe('2030-04-14/day');
  });

  it('"during the month" is the month the account named', () => {
    const text = 'The situation worsened in March. Partners completed 12 convoys during the month.';
    const fact = only(text, TUESDAY);
    expect(`${fact.metric} ${fact.date}/${fact.datePrecision}`).toBe('convoys 2030-03-01/month');
  });

  it('a fortnight is a week-long window', () => {
    expect(only('Some 600 children were displaced in the past fortnight.', TUESDAY).datePrecision).toBe('week');
  });
});

describe('who says it and what is counted', () => {
  it('"according to figures from" names the organization', () => {
    expect(only('According to figures from the Delta Shelter Unit, 700 people arrived in Ostrel.', TUESDAY).sourceOrg).toBe(
      'Delta Shelter Unit',
    );
  });

  it('an organization opening the sentence states what it did', () => {
    expect(only('Harbour Food Relief has since provided hot meals to 1,500 residents.', TUESDAY).sourceOrg).toBe('Harbour Food Relief');
  });

  it('an earlier value compared with keeps the count and metric', () => {
    expect(summary('Partners reached 90,000 people in March, up from 70,000 in February.', TUESDAY)).toEqual([
      'people_reached 90000-90000 exact people',
      'people_reached 70000-70000 exact people',
    ]);
  });

  it('leaves out capacities, conditions, resident populations and family members', () => {
    expect(summary('The centre, built to host 3,000 people, is full.', TUESDAY)).toEqual([]);
    expect(summary('Sites could be overwhelmed if, as feared, up to 80,000 people leave.', TUESDAY)).toEqual([]);
    expect(summary("Aid must reach the town's 40,000 residents.", TUESDAY)).toEqual([]);
    expect(summary('She fled with her five children.', TUESDAY)).toEqual([]);
  });
});
