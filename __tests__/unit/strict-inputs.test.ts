import { FactInputSchema } from '@/lib/validation/fact';
import { cleanText, placeName, strictBoolean, strictCount, strictNumber } from '@/lib/validation/strict';

/** Issue 19, point 3: values the review screen, the form and imports used to coerce. */
const FACT = {
  metric: 'people_departed',
  low: 5,
  high: 5,
  qualifier: 'exact',
  unit: 'people',
  location: 'Fictional Camp',
  date: '2019-03-08',
  datePrecision: 'day',
  sourceOrg: 'Fictional Org',
};

describe('strict numbers', () => {
  it.each([
    [null],
    [''],
    ['  '],
    [true],
    [false],
    [[7]],
    [{}],
    ['0x10'],
    ['1e3'],
    ['1E3'],
    ['Infinity'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['12abc'],
    ['1,000'],
    [undefined],
  ])('refuses %p', (value) => {
    expect(strictNumber().safeParse(value).success).toBe(false);
  });

  it.each([
    [7, 7],
    ['7', 7],
    [' 2000 ', 2000],
    ['0.5', 0.5],
    [0, 0],
  ])('reads %p as %p', (value, expected) => {
    expect(strictNumber().parse(value)).toBe(expected);
  });

  it('a count refuses -0 and "-0" as well as negatives', () => {
    for (const value of [-0, '-0', -1, '-3']) expect(strictCount(100).safeParse(value).success).toBe(false);
  });

  it.each([[{ low: null }], [{ low: '' }], [{ low: true }], [{ low: [7] }], [{ low: '0x10', high: '0x10' }], [{ high: '1e1' }]])(
    'the fact schema refuses %p instead of storing a number',
    (change) => {
      const result = FactInputSchema.safeParse({ ...FACT, ...change });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0].message).toMatch(/Enter a number/);
    },
  );
});

describe('strict booleans', () => {
  it('takes only true and false', () => {
    expect(strictBoolean().parse(true)).toBe(true);
    expect(strictBoolean().parse('false')).toBe(false);
    for (const value of [1, 0, 'yes', null, '', [true]]) expect(strictBoolean().safeParse(value).success).toBe(false);
  });
});

describe('clean text and names', () => {
  it.each([
    ['a NUL byte', 'Fictional\u0000Org', /control character/],
    ['an escape', 'Fictional\u001bOrg', /control character/],
    ['a right-to-left override', 'Fictional\u202eOrg', /text-direction/],
    ['a bidi isolate', '\u2067Fictional Org', /text-direction/],
    ['a lone surrogate', 'Fictional \ud800 Org', /invalid UTF-8/],
    ['a decoded invalid UTF-8 byte', 'Fictional \ufffd Org', /invalid UTF-8/],
  ])('refuses %s with a field message', (_name, value, message) => {
    const result = placeName('source organization').safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(message);
    expect(result.error!.issues[0].message).toMatch(/^The source organization/);
  });

  it('NFC-normalizes, so two spellings of é are one name', () => {
    expect(cleanText('name').parse('Cafe\u0301  Relief ')).toBe('Caf\u00e9 Relief');
  });

  it('requires a letter in organization and location names', () => {
    expect(placeName('location').safeParse('😀😀').success).toBe(false);
    expect(placeName('location').safeParse('123').success).toBe(false);
    expect(placeName('location').parse('Camp 6')).toBe('Camp 6');
    expect(placeName('location').parse('مخيم الهول')).toBe('مخيم الهول');
  });

  it('keeps line breaks only in multi-line text', () => {
    expect(cleanText('excerpt', 100, { multiline: true }).parse('one\ntwo')).toBe('one\ntwo');
    expect(cleanText('title').safeParse('one\ntwo').success).toBe(false);
  });
});
