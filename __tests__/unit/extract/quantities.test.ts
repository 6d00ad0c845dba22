import { summary } from './helpers';

describe('figures as people write them', () => {
  it.each([
    ['More than 2,000 people fled the town.', 'people_displaced 2000-2000 min people'],
    ['Some 1.2 million people fled the region.', 'people_displaced 1200000-1200000 approx people'],
    ['About 1 200 people fled the town.', 'people_displaced 1200-1200 approx people'],
    ['The war has displaced 3.5m people.', 'people_displaced 3500000-3500000 exact people'],
    ['Fifteen people were killed.', 'people_killed 15-15 exact people'],
    ['Twenty-five people were wounded.', 'people_injured 25-25 exact people'],
    ['Two dozen bodies were recovered.', 'people_killed 24-24 exact people'],
    ['About a hundred people were evacuated.', 'people_departed 100-100 approx people'],
    ['Half a million people need food assistance.', 'people_in_need 500000-500000 exact people'],
    ['Nearly 500 families fled.', 'people_displaced 500-500 approx families'],
    ['Up to 300 children were evacuated.', 'people_departed 300-300 max children'],
    ['As many as 40 people drowned.', 'people_killed 40-40 max people'],
    ['More than a dozen civilians were killed.', 'people_killed 12-12 min people'],
    ['An average of 400 people arrived every day.', 'people_arrived 400-400 approx people'],
    ['Between 1,500 and 2,000 people left the village.', 'people_departed 1500-2000 range people'],
    ['Some 2 to 3 million people need aid.', 'people_in_need 2000000-3000000 range people'],
    ['200-300 people arrived at the camp.', 'people_arrived 200-300 range people'],
    ['Dozens of people were injured.', 'people_injured 24-99 vague people'],
    ['Scores of people were killed.', 'people_killed 40-99 vague people'],
    ['Hundreds of people fled.', 'people_displaced 200-999 vague people'],
    ['Several hundred people fled.', 'people_displaced 300-999 vague people'],
    ['Thousands of people fled.', 'people_displaced 2000-9999 vague people'],
    ['Several thousand people are trapped.', 'people_trapped 3000-9999 vague people'],
    ['Tens of thousands of people fled.', 'people_displaced 20000-99999 vague people'],
    ['Hundreds of thousands of people fled.', 'people_displaced 200000-999999 vague people'],
    ['Millions of people need aid.', 'people_in_need 2000000-9990000 vague people'],
    ['Only 15 people were evacuated.', 'people_departed 15-15 exact people'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });
});

describe('what is counted', () => {
  it.each([
    ['15 trucks rumbled out of the town.', 'trucks 15-15 exact vehicles'],
    ['Twelve buses carried the evacuees.', 'trucks 12-12 exact vehicles'],
    ['Three convoys reached the town.', 'convoys 3-3 exact convoys'],
    ['Partners distributed 300 tonnes of food.', 'aid_delivered 300-300 exact tonnes'],
    ['Volunteers distributed 1,200 hygiene kits.', 'aid_delivered 1200-1200 exact hygiene kits'],
    ['About 900 households fled.', 'people_displaced 900-900 approx households'],
    ['At least 40 women were treated.', 'people_reached 40-40 min women'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });
});

describe('figures that are not facts', () => {
  it.each([
    'About 40 percent of the 2,000 homes were damaged.',
    'The appeal seeks $3.5 million for 12 months.',
    'A five-year-old girl and a 12-year-old boy were among the survivors.',
    'Children under five are most at risk.',
    'The war began in 2011 and has lasted 13 years.',
    'The camp covers 3 square kilometres, 20 km from the border.',
    'It was the fifth anniversary of the siege.',
    'The first convoy entered on Monday.',
    'A convoy and an ambulance entered the town.',
    'Up to 200,000 people may flee if fighting continues.',
    'Aid agencies say 100 trucks a day are needed.',
    'The camp was built for 50,000 people.',
    'Some 3,000 more people arrived than last year.',
    'About 120,000 people were affected by the floods.',
    'At least 17 people are missing.',
    'The town, home to 20,000 people, was shelled.',
    'The flood destroyed 2,300 houses.',
    'UN Security Council Resolution 2254 was adopted in 2015.',
    'On 12 March 2019 at 10:30, the team left.',
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
