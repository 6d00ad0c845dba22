import { mergeOverlay, type RollupRow } from '@/lib/dashboard/overlay';
import type { CountableFact } from '@/lib/facts/counting';

function fact(overrides: Partial<CountableFact>): CountableFact {
  return {
    id: 'f1',
    metric: 'trucks',
    unit: 'vehicles',
    measure: 'flow',
    low: 10,
    high: 10,
    qualifier: 'exact',
    locationId: 'north',
    date: '2031-02-01',
    periodStart: null,
    sourceOrgId: 'org',
    publishedDate: '2031-02-01',
    confirmedAt: '',
    ...overrides,
  };
}

function row(overrides: Partial<CountableFact>): RollupRow {
  const { id, ...rest } = fact(overrides);
  return { ...rest, factId: id };
}

describe('restricted overlay merged over the public rollups', () => {
  it('draws a restricted figure only where the choice rule prefers it, and adds observations the public lacks', () => {
    const rows = [row({ id: 'public-a', publishedDate: '2031-02-03' }), row({ id: 'public-b', locationId: 'south', low: 7, high: 7 })];
    const extra = [
      fact({ id: 'restricted-older', low: 99, high: 99, publishedDate: '2031-02-02' }),
      fact({ id: 'restricted-newer', locationId: 'south', low: 20, high: 30, qualifier: 'range', publishedDate: '2031-02-05' }),
      fact({ id: 'restricted-new-day', date: '2031-02-04', low: 5, high: 5 }),
      fact({ id: 'restricted-other-unit', unit: 'convoys', low: 2, high: 2, publishedDate: '2031-02-09' }),
    ];
    const merged = mergeOverlay(rows, extra, false).map((drawn) => [drawn.factId, drawn.locationId, drawn.date, drawn.unit, drawn.low]);
    expect(merged.sort()).toEqual(
      [
        ['public-a', 'north', '2031-02-01', 'vehicles', 10],
        ['restricted-newer', 'south', '2031-02-01', 'vehicles', 20],
        ['restricted-new-day', 'north', '2031-02-04', 'vehicles', 5],
        ['restricted-other-unit', 'north', '2031-02-01', 'convoys', 2],
      ].sort(),
    );
  });

  it('keeps running totals per source: a reader’s total joins only its own source’s row', () => {
    const totals = [row({ id: 'public', measure: 'cumulative', sourceOrgId: 'a', publishedDate: '2031-02-01' })];
    const mine = [fact({ id: 'restricted', measure: 'cumulative', sourceOrgId: 'b', low: 50, high: 50, publishedDate: '2031-02-05' })];
    expect(
      mergeOverlay(totals, mine, true)
        .map((drawn) => drawn.factId)
        .sort(),
    ).toEqual(['public', 'restricted']);
    expect(mergeOverlay(totals, mine, false).map((drawn) => drawn.factId)).toEqual(['restricted']);
  });
});
