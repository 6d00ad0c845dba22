import Papa from 'papaparse';
import { chartPoints, chooseBucket } from '@/lib/export/chart-series';
import { hxlHashtagRow, isValidHxlHashtag } from '@/lib/export/hxl';
import { createSummaryBuilder, type SummaryFact } from '@/lib/export/summary';
import { csvCell, csvLine, neutralizeFormula } from '@/lib/export/to-csv';
import type { ExportKind, ExportOrganization, ExportPlace, ExportSource } from '@/lib/export/types';

const PLACE_A: ExportPlace = {
  id: 'A',
  name: 'Camp A',
  code: null,
  kind: null,
  parentName: null,
  countryCode: null,
  adm1: null,
  latitude: null,
  longitude: null,
};
const PLACE_B: ExportPlace = {
  id: 'B',
  name: 'Camp B',
  code: null,
  kind: null,
  parentName: null,
  countryCode: null,
  adm1: null,
  latitude: null,
  longitude: null,
};
const ORG_ONE: ExportOrganization = { id: 'o1', name: 'Org One', shortName: 'O1' };
const ORG_TWO: ExportOrganization = { id: 'o2', name: 'Org Two', shortName: 'O2' };
const NO_NESTING = { places: new Map<string, string | null>(), from: null, to: null };
const UPDATE_1: ExportSource = { title: 'Update 1', publisher: 'Org One', date: '2020-01-02', url: null };

function fact(overrides: Partial<SummaryFact> & Partial<ExportKind>): SummaryFact {
  const { metric = 'people_arrived', qualifier = 'exact', unit = 'people', ...rest } = overrides;
  return {
    id: 'f1',
    low: 100,
    high: 100,
    date: '2020-01-01',
    excerpt: '',
    kind: {
      metric,
      qualifier,
      unit,
      datePrecision: 'day',
      sensitivity: 'public',
      measure: metric === 'camp_population' ? 'stock' : 'flow',
    },
    place: PLACE_A,
    periodStart: null,
    origin: null,
    destination: null,
    sourceOrg: ORG_ONE,
    source: UPDATE_1,
    confirmedAt: '2020-01-03T00:00:00.000Z',
    measure: metric === 'camp_population' ? 'stock' : 'flow',
    ...rest,
  };
}

describe('CSV writer', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralizes %j', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and numbers alone, and round-trips quotes, commas and new lines', () => {
    expect(csvCell('al-Hol camp')).toBe('al-Hol camp');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    const line = csvLine(['a "quoted", text', 'two\nlines', 3]);
    expect(Papa.parse<string[]>(line, { skipEmptyLines: true }).data[0]).toEqual(['a "quoted", text', 'two\nlines', '3']);
  });

  it('tags every column with a valid HXL hashtag and rejects malformed ones', () => {
    for (const tag of hxlHashtagRow()) expect(isValidHxlHashtag(tag)).toBe(true);
    for (const bad of ['date', '#', '#loc+', '#loc+na-me', '#1st', '#loc++name']) expect(isValidHxlHashtag(bad)).toBe(false);
  });
});

describe('summary builder (facts in place, then day order)', () => {
  it('merges sources of one place and day, sums flows, keeps the latest stock per place, splits units', () => {
    const builder = createSummaryBuilder();
    builder.add([
      fact({ id: 'a1', low: 100, high: 100, sourceOrg: ORG_ONE }),
      fact({ id: 'a2', low: 120, high: 120, sourceOrg: ORG_TWO, source: { ...UPDATE_1, date: '2020-01-05' } }),
      fact({ id: 'a3', date: '2020-01-02', low: 50, high: 50 }),
      fact({ id: 'c1', metric: 'camp_population', low: 1000, high: 1000 }),
      fact({ id: 'c2', metric: 'camp_population', date: '2020-01-03', low: 1500, high: 1500 }),
      fact({ id: 'k1', unit: 'children', low: 7, high: 7 }),
    ]);
    builder.add([
      fact({ id: 'b1', place: PLACE_B, low: 10, high: 20, qualifier: 'range' }),
      fact({ id: 'b2', place: PLACE_B, metric: 'camp_population', low: 300, high: 300, date: '2020-01-02' }),
    ]);
    const summary = builder.finish(NO_NESTING);
    const line = (metric: string, unit = 'people') => summary.metrics.find((m) => m.metric === metric && m.unit === unit)!;
    // Place A, day 1: 100 and 120 are one observation; the later-published 120 is drawn.
    expect(line('people_arrived')).toMatchObject({
      low: 120 + 50 + 10,
      high: 120 + 50 + 20,
      observations: 3,
      facts: 4,
      conflicts: 1,
      qualifier: 'range',
    });
    expect(line('people_arrived', 'children')).toMatchObject({ low: 7, high: 7, isMain: false });
    expect(line('people_arrived').isMain).toBe(true);
    expect(line('camp_population')).toMatchObject({ low: 1800, high: 1800, latestDate: '2020-01-03', kind: 'stock' });
    expect(line('camp_population').series).toEqual([
      { date: '2020-01-01', low: 1000, high: 1000, placeIds: ['A'] },
      { date: '2020-01-02', low: 1300, high: 1300, placeIds: ['A', 'B'] },
      { date: '2020-01-03', low: 1800, high: 1800, placeIds: ['A', 'B'] },
    ]);
    expect(summary).toMatchObject({ factCount: 8, firstDate: '2020-01-01', lastDate: '2020-01-03' });
  });
});

describe('summary builder: running totals and nesting', () => {
  it('never adds a running total, derives flows from one source, and counts a place once with the place containing it', () => {
    const builder = createSummaryBuilder();
    builder.add([
      fact({ id: 't1', measure: 'cumulative', low: 100, high: 100, date: '2020-01-01' }),
      fact({ id: 't2', measure: 'cumulative', low: 150, high: 150, date: '2020-01-02' }),
      fact({ id: 't3', measure: 'cumulative', low: 230, high: 230, date: '2020-01-03' }),
    ]);
    builder.add([fact({ id: 'p1', place: PLACE_B, metric: 'people_displaced', low: 500, high: 500 })]);
    builder.add([fact({ id: 'c1', place: { ...PLACE_B, id: 'C', name: 'Camp C' }, metric: 'people_displaced', low: 200, high: 200 })]);
    const summary = builder.finish({ places: new Map([['C', 'B']]), from: null, to: null });
    const line = (metric: string) => summary.metrics.find((m) => m.metric === metric)!;
    expect(line('people_arrived')).toMatchObject({
      low: 130,
      high: 130,
      derivedFlows: 2,
      runningTotals: [{ place: 'Camp A', source: 'O1', low: 230, change: { low: 80, high: 80 } }],
    });
    expect(line('people_displaced')).toMatchObject({ low: 500, high: 500 });
  });
});

describe('chart buckets', () => {
  it('chooses days, weeks or months by the length of the period', () => {
    expect(chooseBucket('2020-01-01', '2020-01-20')).toBe('day');
    expect(chooseBucket('2020-01-01', '2020-04-01')).toBe('week');
    expect(chooseBucket('2020-01-01', '2021-01-01')).toBe('month');
  });

  it('keeps an even axis: gaps for quiet flow buckets, carried levels for stocks', () => {
    const builder = createSummaryBuilder();
    builder.add([
      fact({ id: 'x', date: '2020-01-06' }),
      fact({ id: 'y', date: '2020-01-20' }),
      fact({ id: 'z', metric: 'camp_population', date: '2020-01-06', low: 40, high: 40 }),
    ]);
    const [flow, stock] = builder.finish(NO_NESTING).metrics;
    const period = { first: '2020-01-06', last: '2020-01-26' };
    expect(chartPoints(flow, 'week', period).map((p) => (p.empty ? null : p.low))).toEqual([100, null, 100]);
    expect(chartPoints(stock, 'week', period).map((p) => p.low)).toEqual([40, 40, 40]);
  });
});
