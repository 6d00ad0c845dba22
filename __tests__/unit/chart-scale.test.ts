import { formatTimeTick, niceTop, timeTicks, valueTicks } from '@/lib/charts/scale';

describe('chart scales', () => {
  it('puts day ticks at even calendar steps, not at the days that have figures', () => {
    expect(timeTicks('2019-02-20', '2019-02-24')).toEqual(['2019-02-20', '2019-02-21', '2019-02-22', '2019-02-23', '2019-02-24']);
    expect(timeTicks('2019-02-20', '2019-03-14')).toEqual(['2019-02-25', '2019-03-04', '2019-03-11']);
    expect(timeTicks('2019-02-20', '2019-02-28')).toEqual(['2019-02-20', '2019-02-22', '2019-02-24', '2019-02-26', '2019-02-28']);
  });

  it('uses month starts over long periods, labelled by month', () => {
    const ticks = timeTicks('2019-01-15', '2019-12-31');
    expect(ticks).toEqual(['2019-03-01', '2019-05-01', '2019-07-01', '2019-09-01', '2019-11-01']);
    expect(formatTimeTick(ticks[0], ticks)).toBe('Mar 2019');
    expect(formatTimeTick('2019-02-25', ['2019-02-25', '2019-03-04'])).toBe('25 Feb');
  });

  it('steps values by 1, 2 or 5 times a power of ten', () => {
    expect(niceTop(47_300)).toBe(50_000);
    expect(niceTop(0)).toBe(1);
    expect(valueTicks(148)).toEqual([0, 50, 100, 150, 200]);
    expect(valueTicks(90)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
