import { applyToFlowTotals, applyToLatestPerPlace, overlayChanges } from '@/lib/dashboard/overlay';
import type { CountableFact } from '@/lib/facts/counting';

function fact(overrides: Partial<CountableFact>): CountableFact {
  return { id: 'f1', metric: 'trucks', low: 10, high: 10, qualifier: 'exact', locationId: 'north', date: '2031-02-01', sourceOrgId: 'org', publishedDate: '2031-02-01', confirmedAt: '', ...overrides };
}

describe('restricted overlay merged over the public rollups', () => {
  it('draws a restricted figure only where CHOICE_RULE prefers it, and adds observations the public lacks', () => {
    const drawn = [fact({ id: 'public-a', low: 10, high: 10, publishedDate: '2031-02-03' }), fact({ id: 'public-b', locationId: 'south', low: 7, high: 7, publishedDate: '2031-02-01' })];
    const extra = [
      fact({ id: 'restricted-older', low: 99, high: 99, publishedDate: '2031-02-02' }),
      fact({ id: 'restricted-newer', locationId: 'south', low: 20, high: 30, qualifier: 'range', publishedDate: '2031-02-05' }),
      fact({ id: 'restricted-new-day', date: '2031-02-04', low: 5, high: 5, qualifier: 'approx' }),
    ];
    const changes = overlayChanges(drawn, extra);
    expect(changes).toEqual(
      expect.arrayContaining([
        { metric: 'trucks', locationId: 'north', date: '2031-02-01', before: { low: 10, high: 10, qualifier: 'exact' }, after: { low: 10, high: 10, qualifier: 'exact' } },
        { metric: 'trucks', locationId: 'south', date: '2031-02-01', before: { low: 7, high: 7, qualifier: 'exact' }, after: { low: 20, high: 30, qualifier: 'range' } },
        { metric: 'trucks', locationId: 'north', date: '2031-02-04', before: null, after: { low: 5, high: 5, qualifier: 'approx' } },
      ]),
    );
    expect(changes).toHaveLength(3);
    const totals = applyToFlowTotals([{ metric: 'trucks', date: '2031-02-01', low: 17, high: 17, observationCount: 2, estimateCount: 0 }], changes, 'metric');
    expect(totals).toEqual([{ metric: 'trucks', date: '2031-02-04', low: 35, high: 45, observationCount: 3, estimateCount: 2 }]);
    const byDay = applyToFlowTotals([{ metric: 'trucks', date: '2031-02-01', low: 17, high: 17, observationCount: 2, estimateCount: 0 }], changes, 'day');
    expect(byDay.map((row) => [row.date, row.low, row.observationCount])).toEqual([['2031-02-01', 30, 2], ['2031-02-04', 5, 1]]);
  });

  it('keeps the latest day per place: an older restricted figure does not replace a newer public one', () => {
    const latest = [{ metric: 'camp_population', locationId: 'north', date: '2031-02-10', low: 500, high: 500, qualifier: 'exact' }];
    const older = { metric: 'camp_population', locationId: 'north', date: '2031-02-09', before: null, after: { low: 900, high: 900, qualifier: 'exact' } };
    const newer = { metric: 'camp_population', locationId: 'south', date: '2031-02-08', before: null, after: { low: 40, high: 40, qualifier: 'exact' } };
    expect(applyToLatestPerPlace(latest, [older, newer])).toEqual([latest[0], { metric: 'camp_population', locationId: 'south', date: '2031-02-08', low: 40, high: 40, qualifier: 'exact' }]);
  });
});
