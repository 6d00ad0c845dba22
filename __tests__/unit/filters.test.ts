import { isCalendarDay, parseFilters, viewParamProblems } from '@/lib/validation/filters';

describe('dashboard URL filters', () => {
  it('refuses days that match the shape but not the calendar, and says what to use', () => {
    expect(isCalendarDay('2019-02-28')).toBe(true);
    expect(isCalendarDay('2019-13-01')).toBe(false);
    expect(isCalendarDay('2019-02-30')).toBe(false);
    const { filters, problems } = parseFilters({ from: '2019-13-01', to: '2019-03-05' });
    expect(filters.from).toBeNull();
    expect(filters.to).toBe('2019-03-05');
    expect(problems).toEqual(['Ignored from="2019-13-01": use a day as YYYY-MM-DD that exists in the calendar.']);
  });

  it('drops unknown metrics and malformed slugs, keeps the good ones', () => {
    const { filters, problems } = parseFilters(new URLSearchParams('metric=tents&metric=trucks&org=WHO!&org=who'));
    expect(filters.metrics).toEqual(['trucks']);
    expect(filters.orgs).toEqual(['who']);
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).toContain('metric="tents": use a metric from the list');
  });

  it('reports unusable date, by and page values', () => {
    expect(viewParamProblems({ date: '2019-02-30', by: 'year', page: '0' })).toEqual([
      'Ignored date="2019-02-30": use a day as YYYY-MM-DD that exists in the calendar.',
      'Ignored by="year": use day, week or month.',
      'Ignored page="0": use a page number from 1.',
    ]);
    expect(viewParamProblems({ date: '2019-02-27', by: 'week', page: '2' })).toEqual([]);
  });
});
