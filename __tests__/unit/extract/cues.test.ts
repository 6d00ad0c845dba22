import { extractFacts } from '@/lib/extract';
import { FRIDAY, only, summary } from './helpers';

describe('metric from the words around the figure', () => {
  it.each([
    ['Hundreds of people boarded trucks leaving the town.', 'people_departed'],
    ['About 300 people were evacuated from the old city.', 'people_departed'],
    ['Some 2,000 people fled the fighting.', 'people_displaced'],
    ['About 5,000 people arrived at the camp this week.', 'people_arrived'],
    ['Around 2,000 people are sleeping rough at the arrivals area.', 'camp_population'],
    ['The camp now hosts 73,000 people.', 'camp_population'],
    ['Several thousand people are cornered in the last pocket.', 'people_trapped'],
    ['An estimated 45,000 people remain trapped in the town.', 'people_trapped'],
    ['At least 12 people were killed in the strike.', 'people_killed'],
    ['The strike wounded 30 people.', 'people_injured'],
    ['About 3 million people are in need of assistance.', 'people_in_need'],
    ['Some 18,000 people received aid last month.', 'people_reached'],
    ['The death toll has risen to 2,841.', 'people_killed'],
    ['The number of displaced people has reached 1.2 million.', 'people_displaced'],
    ['Arrivals this week: 2,210', 'people_arrived'],
  ])('%s', (text, metric) => {
    expect(only(text).metric).toBe(metric);
  });

  it('reads each figure of "killed 12 and wounded 30" with its own verb', () => {
    expect(summary('The attack killed 12 people and wounded 30.')).toEqual([
      'people_killed 12-12 exact people',
      'people_injured 30-30 exact people',
    ]);
  });

  it('does not label a breakdown of a total given in the same sentence', () => {
    expect(summary('About 5,000 people fled, including 2,000 children.')).toEqual(['people_displaced 5000-5000 approx people']);
  });

  it('labels a breakdown with no total, one fact per group', () => {
    expect(summary('Navy ships evacuated 300 men, 200 women and 150 children.')).toHaveLength(3);
  });

  it('explains itself with the cue that produced the fact', () => {
    expect(only('15 trucks rumbled out of Baghouz.').cue).toBe('"trucks" -> trucks');
    expect(only('Some 2,000 people fled the fighting.').cue).toBe('"fled" -> people_displaced');
  });

  it('keeps one fact for the same figure repeated for the same day, place and source', () => {
    const facts = extractFacts('About 2,000 people fled Dervan. About 2,000 people fled Dervan, officials said.', FRIDAY);
    expect(facts).toHaveLength(1);
  });
});
