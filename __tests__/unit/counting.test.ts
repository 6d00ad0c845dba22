import { doRangesOverlap, groupObservations, totalOf, type CountableFact } from '@/lib/facts/counting';

let nextId = 0;
function fact(overrides: Partial<CountableFact>): CountableFact {
  nextId += 1;
  return {
    id: `f${String(nextId).padStart(3, '0')}`,
    metric: 'trucks',
    low: 10,
    high: 10,
    qualifier: 'exact',
    locationId: 'baghouz',
    date: '2019-02-27',
    sourceOrgId: 'afp',
    publishedDate: '2019-03-01',
    confirmedAt: '2019-03-02T10:00:00Z',
    ...overrides,
  };
}

describe('counting rules', () => {
  it('counts the same figure from two sources once, with both sources', () => {
    const observations = groupObservations([fact({ sourceOrgId: 'afp' }), fact({ sourceOrgId: 'reuters' })]);
    expect(observations).toHaveLength(1);
    expect(observations[0].sourceOrgIds).toEqual(['afp', 'reuters']);
    expect(observations[0].isConflict).toBe(false);
    expect(totalOf('trucks', observations)).toMatchObject({ low: 10, high: 10 });
  });

  it('draws the most recently published figure when sources disagree, and keeps the spread', () => {
    const older = fact({ low: 12, high: 12, publishedDate: '2019-02-28' });
    const newer = fact({ low: 15, high: 15, publishedDate: '2019-03-01' });
    const [observation] = groupObservations([newer, older]);
    expect(observation.chosenFactId).toBe(newer.id);
    expect(observation).toMatchObject({ low: 15, high: 15, isConflict: true, spread: { low: 12, high: 15 } });
  });

  it('breaks a same-day tie by the later confirmation', () => {
    const first = fact({ low: 1, high: 1, confirmedAt: '2019-03-02T09:00:00Z' });
    const second = fact({ low: 2, high: 2, confirmedAt: '2019-03-02T11:00:00Z' });
    expect(groupObservations([second, first])[0].chosenFactId).toBe(second.id);
  });

  it('treats overlapping ranges as corroboration, not conflict', () => {
    expect(doRangesOverlap({ low: 2000, high: 9999 }, { low: 3000, high: 3000 })).toBe(true);
    expect(doRangesOverlap({ low: 100, high: 200 }, { low: 201, high: 300 })).toBe(false);
    const observations = groupObservations([fact({ low: 2000, high: 9999, qualifier: 'vague' }), fact({ low: 3000, high: 3000, publishedDate: '2019-02-01' })]);
    expect(observations[0].isConflict).toBe(false);
  });

  it('sums flows across places and days', () => {
    const observations = groupObservations([
      fact({ date: '2019-02-27', low: 15, high: 15 }),
      fact({ date: '2019-02-28', low: 10, high: 10 }),
      fact({ locationId: 'hajin', low: 5, high: 7, qualifier: 'range' }),
    ]);
    expect(totalOf('trucks', observations)).toEqual({ low: 30, high: 32, latestDate: '2019-02-28' });
  });

  it('never sums a stock over days: the latest value of each place, added across places', () => {
    const observations = groupObservations([
      fact({ metric: 'camp_population', locationId: 'al-hol', date: '2019-02-01', low: 40000, high: 40000 }),
      fact({ metric: 'camp_population', locationId: 'al-hol', date: '2019-03-01', low: 60000, high: 60000 }),
      fact({ metric: 'camp_population', locationId: 'roj', date: '2019-02-15', low: 1500, high: 1500 }),
    ]);
    expect(totalOf('camp_population', observations)).toEqual({ low: 61500, high: 61500, latestDate: '2019-03-01' });
  });

  it('gives zero and no date when there is nothing to count', () => {
    expect(totalOf('people_killed', [])).toEqual({ low: 0, high: 0, latestDate: null });
  });
});
