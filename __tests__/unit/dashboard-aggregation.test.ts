import { bucketEnd, bucketFlows, bucketLatest, bucketStart, chooseGranularity, type DailyTotal } from '@/lib/dashboard/buckets';
import { isShown, keyFigureOf } from '@/lib/dashboard/cards';
import type { Drawn } from '@/lib/facts/counting';
import { calendarKey, splitIntoCalendarRanges } from '@/lib/dashboard/period-split';
import { addDays, changeBetween, lengthInDays, previousPeriod, resolvePeriod } from '@/lib/dashboard/period';

function day(date: string, low: number, high = low, hasEstimate = false): DailyTotal {
  return { metric: 'trucks', date, low, high, observationCount: 1, hasEstimate };
}

describe('periods', () => {
  it('compares with the previous period of the same length', () => {
    expect(previousPeriod({ from: '2019-03-01', to: '2019-03-10' })).toEqual({ from: '2019-02-19', to: '2019-02-28' });
    expect(lengthInDays({ from: '2019-02-19', to: '2019-02-28' })).toBe(10);
  });

  it('defaults to the last 90 days that have figures, not the last 90 days from today', () => {
    expect(resolvePeriod({ from: null, to: null }, '2019-04-25', '2026-11-24')).toEqual({ from: '2019-01-26', to: '2019-04-25' });
    expect(resolvePeriod({ from: null, to: null }, null, '2026-11-24')).toEqual({ from: '2026-08-27', to: '2026-11-24' });
    expect(resolvePeriod({ from: '2019-01-01', to: null }, '2019-04-25', '2026-11-24')).toEqual({ from: '2019-01-01', to: '2019-04-25' });
  });

  it('describes change in percent, and has none without a previous figure', () => {
    expect(changeBetween(150, 100)).toEqual({ direction: 'up', percent: 50 });
    expect(changeBetween(50, 100)).toEqual({ direction: 'down', percent: -50 });
    expect(changeBetween(10, 0)).toEqual({ direction: 'up', percent: null });
    expect(changeBetween(10, null)).toBeNull();
  });
});

describe('bucketing', () => {
  it('puts days into ISO weeks starting Monday and calendar months', () => {
    expect(bucketStart('2019-03-03', 'week')).toBe('2019-02-25');
    expect(bucketStart('2019-03-04', 'week')).toBe('2019-03-04');
    expect(bucketEnd('2019-02-01', 'month')).toBe('2019-02-28');
    expect(bucketEnd('2020-02-01', 'month')).toBe('2020-02-29');
    expect(chooseGranularity({ from: '2019-01-01', to: '2019-01-31' })).toBe('day');
    expect(chooseGranularity({ from: '2019-01-01', to: '2019-06-30' })).toBe('week');
    expect(chooseGranularity({ from: '2019-01-01', to: '2021-06-30' })).toBe('month');
  });

  it('adds flows within a bucket and keeps the range, drawing its middle', () => {
    const [week] = bucketFlows([day('2019-02-25', 10), day('2019-03-01', 20, 40, true)], 'week');
    expect(week).toMatchObject({
      start: '2019-02-25',
      end: '2019-03-03',
      low: 30,
      high: 50,
      value: 40,
      observationCount: 2,
      hasEstimate: true,
    });
  });

  it('carries the latest stock per place and bucket, never a sum over days', () => {
    const series = bucketLatest(
      [
        { locationId: 'camp', date: '2019-03-01', low: 100, high: 100, qualifier: 'exact' },
        { locationId: 'camp', date: '2019-03-20', low: 300, high: 300, qualifier: 'exact' },
        { locationId: 'camp', date: '2019-03-10', low: 200, high: 200, qualifier: 'exact' },
      ],
      'month',
    );
    expect(series.get('camp')).toEqual([expect.objectContaining({ start: '2019-03-01', low: 300, high: 300, value: 300 })]);
  });
});

describe('cards', () => {
  const places = new Map<string, string | null>();
  const period = { from: '2019-03-01', to: '2019-03-10' };
  const before = { from: '2019-02-19', to: '2019-02-28' };
  const row = (overrides: Partial<Drawn>): Drawn => ({
    metric: 'trucks',
    unit: 'vehicles',
    measure: 'flow',
    locationId: 'a',
    date: '2019-03-01',
    periodStart: null,
    low: 10,
    high: 10,
    qualifier: 'exact',
    factId: 'f',
    sourceOrgId: 'o',
    ...overrides,
  });

  it('says "no comparable figures" when the previous period lacks figures for the same places', () => {
    const rows = [row({ date: '2019-02-20', low: 4, high: 4 }), row({ low: 10, high: 10 }), row({ locationId: 'b', low: 5, high: 5 })];
    expect(keyFigureOf('trucks', rows, places, period, before)).toMatchObject({
      current: { low: 15 },
      previous: { low: 4 },
      comparable: false,
      change: null,
    });
    const same = [
      row({ date: '2019-02-20', low: 4, high: 4 }),
      row({ locationId: 'b', date: '2019-02-21', low: 1, high: 1 }),
      ...rows.slice(1),
    ];
    expect(keyFigureOf('trucks', same, places, period, before)).toMatchObject({
      comparable: true,
      change: { direction: 'up', percent: 200 },
    });
  });

  it('shows killed and injured only where present, the others always', () => {
    const cards = (['trucks', 'people_killed'] as const).map((metric) => keyFigureOf(metric, [], places, period, before)).filter(isShown);
    expect(cards.map((card) => card.metric)).toEqual(['trucks']);
  });
});

describe('calendar ranges for organization counts', () => {
  it('reads whole years, quarters, months and dekads, and days only at the edges', () => {
    expect(splitIntoCalendarRanges({ from: '2021-02-17', to: '2023-08-09' })).toEqual([
      { level: 'day', from: '2021-02-17', to: '2021-02-20' },
      { level: 'dekad', from: '2021-02-D3', to: '2021-02-D3' },
      { level: 'month', from: '2021-03', to: '2021-03' },
      { level: 'quarter', from: '2021-Q2', to: '2021-Q4' },
      { level: 'year', from: '2022', to: '2022' },
      { level: 'quarter', from: '2023-Q1', to: '2023-Q2' },
      { level: 'month', from: '2023-07', to: '2023-07' },
      { level: 'day', from: '2023-08-01', to: '2023-08-09' },
    ]);
    expect(splitIntoCalendarRanges({ from: '2021-01-01', to: '2023-12-31' })).toEqual([{ level: 'year', from: '2021', to: '2023' }]);
    expect(splitIntoCalendarRanges({ from: '2024-02-11', to: '2024-02-29' })).toEqual([
      { level: 'dekad', from: '2024-02-D2', to: '2024-02-D3' },
    ]);
    expect(splitIntoCalendarRanges({ from: '2021-03-05', to: '2021-03-07' })).toEqual([
      { level: 'day', from: '2021-03-05', to: '2021-03-07' },
    ]);
  });

  it('covers every day of a period exactly once', () => {
    const period = { from: '2019-12-28', to: '2021-03-14' };
    const covered = splitIntoCalendarRanges(period).flatMap((range) => {
      const days: string[] = [];
      for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
        const key = calendarKey(day, range.level);
        if (key >= range.from && key <= range.to) days.push(day);
      }
      return days;
    });
    expect(covered.length).toBe(lengthInDays(period));
    expect(new Set(covered).size).toBe(covered.length);
  });
});
