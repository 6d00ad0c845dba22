import {
  countMetric,
  doRangesOverlap,
  groupObservations,
  isComparable,
  type CountableFact,
  type Drawn,
  type Places,
} from '@/lib/facts/counting';
import { nestedTotal } from '@/lib/facts/nesting';

let nextId = 0;
function fact(overrides: Partial<CountableFact>): CountableFact {
  nextId += 1;
  return {
    id: `f${String(nextId).padStart(3, '0')}`,
    metric: 'trucks',
    unit: 'vehicles',
    measure: 'flow',
    low: 10,
    high: 10,
    qualifier: 'exact',
    locationId: 'baghouz',
    date: '2019-02-27',
    periodStart: null,
    sourceOrgId: 'afp',
    publishedDate: '2019-03-01',
    confirmedAt: '2019-03-02T10:00:00Z',
    ...overrides,
  };
}

const NO_PLACES: Places = new Map();
const PERIOD = { from: '2019-01-01', to: '2019-03-31' };

/** Facts grouped as the rollups group them: flows and stocks across sources, running totals per source. */
function drawn(facts: CountableFact[]): Drawn[] {
  const cumulative = facts.filter((one) => one.measure === 'cumulative');
  const sources = [...new Set(cumulative.map((one) => one.sourceOrgId))];
  return [
    groupObservations(facts.filter((one) => one.measure !== 'cumulative')),
    ...sources.map((source) => groupObservations(cumulative.filter((one) => one.sourceOrgId === source))),
  ].flat();
}

describe('counting rules', () => {
  it('counts the same figure from two sources once, with both sources', () => {
    const observations = groupObservations([fact({ sourceOrgId: 'afp' }), fact({ sourceOrgId: 'reuters' })]);
    expect(observations).toHaveLength(1);
    expect(observations[0].sourceOrgIds).toEqual(['afp', 'reuters']);
    expect(observations[0].isConflict).toBe(false);
    expect(countMetric('trucks', observations, { places: NO_PLACES, period: PERIOD }).figure).toMatchObject({ low: 10, high: 10 });
  });

  it('draws the most recently published figure when sources disagree, and keeps the spread', () => {
    const older = fact({ low: 12, high: 12, publishedDate: '2019-02-28' });
    const newer = fact({ low: 15, high: 15, publishedDate: '2019-03-01' });
    const [observation] = groupObservations([newer, older]);
    expect(observation.factId).toBe(newer.id);
    expect(observation).toMatchObject({ low: 15, high: 15, isConflict: true, spread: { low: 12, high: 15 } });
  });

  it('breaks a same-day tie by the later confirmation', () => {
    const first = fact({ low: 1, high: 1, confirmedAt: '2019-03-02T09:00:00Z' });
    const second = fact({ low: 2, high: 2, confirmedAt: '2019-03-02T11:00:00Z' });
    expect(groupObservations([second, first])[0].factId).toBe(second.id);
  });

  it('treats overlapping ranges as corroboration, not conflict', () => {
    expect(doRangesOverlap({ low: 2000, high: 9999 }, { low: 3000, high: 3000 })).toBe(true);
    expect(doRangesOverlap({ low: 100, high: 200 }, { low: 201, high: 300 })).toBe(false);
    const observations = groupObservations([
      fact({ low: 2000, high: 9999, qualifier: 'vague' }),
      fact({ low: 3000, high: 3000, publishedDate: '2019-02-01' }),
    ]);
    expect(observations[0].isConflict).toBe(false);
  });

  it('sums flows across places and days', () => {
    const rows = drawn([
      fact({ date: '2019-02-27', low: 15, high: 15 }),
      fact({ date: '2019-02-28', low: 10, high: 10 }),
      fact({ locationId: 'hajin', low: 5, high: 7, qualifier: 'range' }),
    ]);
    expect(countMetric('trucks', rows, { places: NO_PLACES, period: PERIOD }).figure).toMatchObject({
      low: 30,
      high: 32,
      latestDate: '2019-02-28',
      isEstimate: true,
    });
  });

  it('never sums a stock over days: the latest value of each place, added across places', () => {
    const stock = { metric: 'camp_population' as const, unit: 'people', measure: 'stock' as const };
    const rows = drawn([
      fact({ ...stock, date: '2019-02-20', low: 40000, high: 40000 }),
      fact({ ...stock, date: '2019-03-04', low: 56002, high: 56002 }),
      fact({ ...stock, locationId: 'suar', low: 3000, high: 3000 }),
    ]);
    expect(countMetric('camp_population', rows, { places: NO_PLACES, period: PERIOD }).figure).toMatchObject({
      low: 59002,
      high: 59002,
      latestDate: '2019-03-04',
    });
  });

  it('never adds a running total to a flow, and lists it per place and source with the change since its previous total', () => {
    const killed = { metric: 'people_killed' as const, unit: 'people', locationId: 'al-hol' };
    const rows = drawn([
      fact({ ...killed, measure: 'flow', date: '2019-03-20', low: 12, high: 12, sourceOrgId: 'irc' }),
      fact({ ...killed, measure: 'cumulative', date: '2019-03-14', low: 122, high: 122, sourceOrgId: 'ocha' }),
      fact({ ...killed, measure: 'cumulative', date: '2019-03-21', low: 210, high: 210, sourceOrgId: 'ocha' }),
      fact({ ...killed, measure: 'cumulative', date: '2019-04-02', low: 217, high: 217, sourceOrgId: 'irc' }),
    ]);
    const count = countMetric('people_killed', rows, { places: NO_PLACES, period: { from: '2019-03-01', to: '2019-04-30' } });
    expect(count.figure).toMatchObject({ low: 12, high: 12 });
    expect(count.derived).toEqual([]);
    expect(count.runningTotals.map(({ sourceOrgId, low, change }) => ({ sourceOrgId, low, change }))).toEqual([
      { sourceOrgId: 'irc', low: 217, change: null },
      { sourceOrgId: 'ocha', low: 210, change: { low: 88, high: 88 } },
    ]);
  });

  it('derives flows from one source’s successive totals where a place has only running totals; a decrease is a correction', () => {
    const arrived = { metric: 'people_arrived' as const, unit: 'people', measure: 'cumulative' as const, locationId: 'camp' };
    const rows = drawn([
      fact({ ...arrived, date: '2019-03-01', low: 100, high: 100 }),
      fact({ ...arrived, date: '2019-03-02', low: 150, high: 150 }),
      fact({ ...arrived, date: '2019-03-03', low: 140, high: 140 }),
      fact({ ...arrived, date: '2019-03-04', low: 230, high: 230 }),
    ]);
    const count = countMetric('people_arrived', rows, { places: NO_PLACES, period: PERIOD });
    expect(count.figure).toMatchObject({ low: 140, high: 140, observationCount: 2, derivedCount: 2 });
    // Each day's bar says it was worked out from totals (the correction on 3 Mar is no bar).
    expect(count.days.map(({ date, derivedCount }) => [date, derivedCount])).toEqual([
      ['2019-03-02', 1],
      ['2019-03-04', 1],
    ]);
    expect(count.derived.map(({ low, isCorrection, from, to }) => ({ low, isCorrection, from: from.date, to: to.date }))).toEqual([
      { low: 50, isCorrection: false, from: '2019-03-01', to: '2019-03-02' },
      { low: -10, isCorrection: true, from: '2019-03-02', to: '2019-03-03' },
      { low: 90, isCorrection: false, from: '2019-03-03', to: '2019-03-04' },
    ]);
  });

  it('counts one main unit and lists the others beside it', () => {
    const stock = { metric: 'camp_population' as const, measure: 'stock' as const, locationId: 'camp', date: '2019-03-31' };
    const count = countMetric(
      'camp_population',
      drawn([fact({ ...stock, unit: 'people', low: 5000, high: 5000 }), fact({ ...stock, unit: 'children', low: 300, high: 300 })]),
      { places: NO_PLACES, period: PERIOD },
    );
    expect(count).toMatchObject({
      unit: 'people',
      figure: { low: 5000, high: 5000 },
      alsoReported: [{ unit: 'children', low: 300, high: 300 }],
    });
  });

  it('never adds a place to the place that contains it: the larger of the parent’s figure and its children’s sum', () => {
    const places: Places = new Map([
      ['hajin', 'deir'],
      ['baghouz', 'deir'],
      ['deir', 'syria'],
    ]);
    expect(
      nestedTotal(
        [
          { locationId: 'deir', low: 6000, high: 6000 },
          { locationId: 'hajin', low: 3000, high: 3000 },
        ],
        places,
      ),
    ).toEqual({ low: 6000, high: 6000 });
    expect(
      nestedTotal(
        [
          { locationId: 'deir', low: 6000, high: 6000 },
          { locationId: 'hajin', low: 4000, high: 4000 },
          { locationId: 'baghouz', low: 3000, high: 3000 },
        ],
        places,
      ),
    ).toEqual({ low: 7000, high: 7000 });
    expect(
      nestedTotal(
        [
          { locationId: 'hajin', low: 10, high: 10 },
          { locationId: 'elsewhere', low: 5, high: 5 },
        ],
        places,
      ),
    ).toEqual({ low: 15, high: 15 });
    const displaced = { metric: 'people_displaced' as const, unit: 'people', date: '2019-01-11' };
    const rows = drawn([
      fact({ ...displaced, locationId: 'deir', low: 25000, high: 25000 }),
      fact({ ...displaced, locationId: 'hajin', low: 16000, high: 16000 }),
    ]);
    expect(countMetric('people_displaced', rows, { places, period: PERIOD }).figure).toMatchObject({ low: 25000, high: 25000 });
  });

  it('compares with the previous period only when it has figures for the same places', () => {
    const figure = (placeIds: string[]) => ({
      low: 1,
      high: 1,
      isEstimate: false,
      latestDate: '2019-03-01',
      observationCount: 1,
      derivedCount: 0,
      placeIds,
    });
    expect(isComparable(figure(['a', 'b']), figure(['a', 'b', 'c']))).toBe(true);
    expect(isComparable(figure(['a', 'b']), figure(['a']))).toBe(false);
    expect(isComparable(figure(['a']), null)).toBe(false);
  });
});
