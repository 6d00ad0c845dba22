import { keyMessages } from '@/lib/export/key-messages';
import type { MetricSummary } from '@/lib/export/summary';
import { createSourceList } from '@/lib/export/summary-sources';

function line(overrides: Partial<MetricSummary>): MetricSummary {
  return {
    metric: 'trucks',
    label: 'Trucks',
    kind: 'flow',
    unit: 'vehicles',
    isMain: true,
    runningTotals: [],
    derivedFlows: 0,
    low: 0,
    high: 0,
    qualifier: 'exact',
    latestDate: null,
    observations: 0,
    facts: 0,
    conflicts: 0,
    sourceOrgs: ['WFP'],
    series: [],
    ...overrides,
  };
}

describe('key messages', () => {
  const period = { first: '2019-02-01', last: '2019-02-10' };

  it('keeps the three largest changes, largest first, as sentences with their sources', () => {
    const messages = keyMessages(
      [
        line({
          series: [
            { date: '2019-02-02', low: 10, high: 10, placeIds: ['camp'] },
            { date: '2019-02-08', low: 30, high: 30, placeIds: ['camp'] },
          ],
        }),
        line({
          metric: 'camp_population',
          label: 'Camp population',
          kind: 'stock',
          unit: 'people',
          sourceOrgs: ['OCHA'],
          series: [
            { date: '2019-02-01', low: 1000, high: 1000, placeIds: ['camp'] },
            { date: '2019-02-10', low: 1100, high: 1100, placeIds: ['camp'] },
          ],
        }),
        line({
          metric: 'people_killed',
          label: 'People killed',
          unit: 'people',
          sourceOrgs: ['WHO'],
          series: [
            { date: '2019-02-01', low: 8, high: 8, placeIds: ['camp'] },
            { date: '2019-02-09', low: 2, high: 2, placeIds: ['camp'] },
          ],
        }),
        line({
          metric: 'convoys',
          label: 'Convoys',
          unit: 'convoys',
          series: [
            { date: '2019-02-01', low: 5, high: 5, placeIds: ['camp'] },
            { date: '2019-02-07', low: 5, high: 5, placeIds: ['camp'] },
          ],
        }),
      ],
      period,
    );
    expect(messages.map((message) => message.text)).toEqual([
      'Trucks: 30 vehicles from 6 Feb 2019 to 10 Feb 2019, up from 10 from 1 Feb 2019 to 5 Feb 2019.',
      'People killed: 2 people from 6 Feb 2019 to 10 Feb 2019, down from 8 from 1 Feb 2019 to 5 Feb 2019.',
      'Camp population rose from 1,000 on 1 Feb 2019 to 1,100 people on 10 Feb 2019.',
    ]);
    expect(messages[1].sources).toEqual(['WHO']);
  });

  it('states no change when the earlier part of the period has no figures for the same places', () => {
    const point = (date: string, value: number, placeIds: string[]) => ({ date, low: value, high: value, placeIds });
    const stock = { metric: 'camp_population', label: 'Camp population', kind: 'stock', unit: 'people' } as const;
    const messages = keyMessages(
      [
        // The first half has one camp's trucks, the second half that camp's and another's: "up from 10" would compare unlike things.
        line({ series: [point('2019-02-02', 10, ['camp']), point('2019-02-08', 1190, ['camp', 'town'])] }),
        // A camp's level on the first day against the level of two camps on the last.
        line({ ...stock, series: [point('2019-02-01', 350, ['camp']), point('2019-02-10', 73000, ['camp', 'other camp'])] }),
        // Nothing in the first half: no "up from 0".
        line({ metric: 'convoys', label: 'Convoys', unit: 'convoys', series: [point('2019-02-08', 4, ['camp'])] }),
      ],
      period,
    );
    expect(messages).toEqual([]);
  });

  it('says nothing about a stock reported once', () => {
    expect(keyMessages([line({ kind: 'stock', series: [{ date: '2019-02-03', low: 5, high: 5, placeIds: ['camp'] }] })], period)).toEqual(
      [],
    );
  });
});

describe('summary sources', () => {
  it('drops seed notes from titles and never gives a figure date as a publication date', () => {
    const sources = createSourceList();
    sources.add({ source: { title: '[no headline in seed] Trucks leave', publisher: 'AFP', date: null, url: 'https://example.org/a' } });
    sources.add({ source: { title: 'Flash update', publisher: 'OCHA', date: '2019-03-01', url: null } });
    expect(sources.entries()).toEqual([
      { title: 'Flash update', publisher: 'OCHA', date: '2019-03-01', url: null, facts: 1 },
      { title: 'Trucks leave', publisher: 'AFP', date: null, url: 'https://example.org/a', facts: 1 },
    ]);
  });
});
