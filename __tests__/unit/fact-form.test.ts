import { readFactForm, type FactFormValues } from '@/lib/validation/fact-form';

const VALID: FactFormValues = {
  metric: 'people_arrived',
  value: 'about 2,000',
  unit: 'people',
  location: 'Fictional Camp',
  date: '2019-03-01',
  datePrecision: 'day',
  sourceOrg: 'Example Relief Agency',
  excerpt: '',
  sensitivity: 'public',
};

function errorsOf(values: Partial<FactFormValues>) {
  const result = readFactForm({ ...VALID, ...values });
  return result.ok ? {} : result.errors;
}

describe('readFactForm', () => {
  it('reads the figure text into low, high and qualifier', () => {
    const result = readFactForm(VALID);
    expect(result.ok && result.fact).toMatchObject({ low: 2000, high: 2000, qualifier: 'approx', metric: 'people_arrived' });
  });

  it('puts every problem next to its field at once', () => {
    const errors = errorsOf({ metric: 'goats', value: '-4', date: '2019-02-30', location: '' });
    expect(Object.keys(errors).sort()).toEqual(['date', 'location', 'metric', 'value']);
    expect(errors.value).toEqual(['A count cannot be negative.']);
  });

  it('refuses megabytes of text with a message rather than storing them', () => {
    expect(errorsOf({ excerpt: 'x'.repeat(10_000_000) }).excerpt?.[0]).toMatch(/far too long/);
    expect(errorsOf({ location: 'x'.repeat(300) }).location?.[0]).toMatch(/too long/);
  });

  it('keeps script tags and formulas as plain text', () => {
    const result = readFactForm({ ...VALID, location: '<script>alert(1)</script>', excerpt: '=HYPERLINK("http://evil","x")' });
    expect(result.ok && result.fact.excerpt).toBe('=HYPERLINK("http://evil","x")');
  });

  it('rejects dates far in the future', () => {
    expect(errorsOf({ date: '2999-01-01' }).date?.[0]).toMatch(/future/);
  });
});
