import { FactInputSchema } from '@/lib/validation/fact';

const VALID = {
  metric: 'trucks',
  low: '15',
  high: '15',
  qualifier: 'exact',
  unit: 'vehicles',
  location: 'Baghouz',
  date: '2019-02-27',
  datePrecision: 'day',
  sourceOrg: 'AFP',
};

function errorsOf(input: Record<string, unknown>) {
  const result = FactInputSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe('FactInputSchema', () => {
  it('accepts a complete fact and turns numeric text into numbers', () => {
    const result = FactInputSchema.parse(VALID);
    expect(result.low).toBe(15);
    expect(result.sensitivity).toBe('public');
  });

  it('rejects negative counts, reversed ranges and unknown metrics with field messages', () => {
    expect(errorsOf({ ...VALID, low: '-3', high: '5', qualifier: 'range' }).low).toEqual(['A count cannot be negative.']);
    expect(errorsOf({ ...VALID, low: '10', high: '5', qualifier: 'range' }).high?.[0]).toMatch(/upper bound/);
    expect(errorsOf({ ...VALID, metric: 'goats' }).metric?.[0]).toMatch(/Choose what is counted/);
  });

  it('rejects impossible and future dates', () => {
    expect(errorsOf({ ...VALID, date: '2019-02-30' }).date?.[0]).toMatch(/does not exist/);
    expect(errorsOf({ ...VALID, date: '2999-01-01' }).date?.[0]).toMatch(/future/);
    expect(errorsOf({ ...VALID, date: '27/02/2019' }).date?.[0]).toMatch(/YYYY-MM-DD/);
  });

  it('asks for "range" when the bounds differ', () => {
    expect(errorsOf({ ...VALID, low: '10', high: '20' }).qualifier?.[0]).toMatch(/range/);
    expect(errorsOf({ ...VALID, low: '10', high: '20', qualifier: 'range' })).toEqual({});
  });
});
