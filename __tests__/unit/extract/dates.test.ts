import { only } from './helpers';

function dated(text: string, published: string): string {
  const fact = only(text, { published, publisher: 'Test Wire' });
  return `${fact.date}/${fact.datePrecision}`;
}

describe('the day a figure refers to', () => {
  it.each([
    ['About 300 people fled on Wednesday.', '2019-03-01', '2019-02-27/day'],
    ['About 300 people fled on Friday.', '2019-03-01', '2019-03-01/day'],
    ['About 300 people fled on Saturday.', '2019-03-01', '2019-02-23/day'],
    ['About 300 people fled yesterday.', '2019-03-01', '2019-02-28/day'],
    ['About 300 people fled yesterday.', '2024-01-01', '2023-12-31/day'],
    ['About 300 people fled yesterday.', '2024-03-01', '2024-02-29/day'],
    ['About 300 people fled on Sunday.', '2024-01-02', '2023-12-31/day'],
    ['About 300 people fled on 12 March.', '2019-03-20', '2019-03-12/day'],
    ['About 300 people fled on 30 December.', '2020-01-02', '2019-12-30/day'],
    ['About 300 people fled on March 12, 2018.', '2019-03-20', '2018-03-12/day'],
    ['About 300 people fled this week.', '2019-03-01', '2019-02-25/week'],
    ['About 300 people fled last week.', '2019-03-01', '2019-02-18/week'],
    ['About 300 people fled last week.', '2020-01-02', '2019-12-23/week'],
    ['About 300 people fled in February.', '2019-03-01', '2019-02-01/month'],
    ['About 300 people fled in December.', '2019-01-10', '2018-12-01/month'],
    ['About 300 people fled last month.', '2019-01-10', '2018-12-01/month'],
    ['About 300 people fled last year.', '2019-03-01', '2018-01-01/year'],
    ['About 300 people have fled since January.', '2019-03-01', '2019-03-01/day'],
    ['About 300 people have fled so far this year.', '2019-03-01', '2019-03-01/day'],
    ['About 300 people fled in the last 48 hours.', '2019-03-01', '2019-03-01/day'],
    ['About 300 people fled over the past week.', '2019-03-01', '2019-03-01/week'],
    ['About 300 people fled.', '2019-03-01', '2019-03-01/day'],
  ])('%s (report of %s)', (text, published, expected) => {
    expect(dated(text, published)).toBe(expected);
  });

  it('windows end at the day the sentence is about', () => {
    const text = 'On Wednesday alone, 15 trucks rumbled out of Baghouz, the fifth such evacuation in a week.';
    const convoy = only(text.replace('15 trucks', 'trucks'), { published: '2019-03-01', publisher: 'AFP' });
    expect(`${convoy.metric} ${convoy.date}/${convoy.datePrecision}`).toBe('convoys 2019-02-27/week');
  });
});
