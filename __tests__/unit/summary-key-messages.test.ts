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
            { date: '2019-02-02', low: 10, high: 10 },
            { date: '2019-02-08', low: 30, high: 30 },
          ],
        }),
        line({
          metric: 'camp_population',
          label: 'Camp population',
          kind: 'stock',
          unit: 'people',
          sourceOrgs: ['OCHA'],
          series: [
            { date: '2019-02-01', low: 1000, high: 1000 },
            { date: '2019-02-10', low: 1100, high: 1100 },
          ],
        }),
        line({
          metric: 'people_killed',
          label: 'People killed',
          unit: 'people',
          sourceOrgs: ['WHO'],
          series: [
            { date: '2019-02-01', low: 8, high: 8 },
            { date: '2019-02-09', low: 2, high: 2 },
          ],
        }),
        line({
          metric: 'convoys',
          label: 'Convoys',
          unit: 'convoys',
          series: [
            { date: '2019-02-01', low: 5, high: 5 },
            { date: '2019-02-07', low: 5, high: 5 },
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

  it('says nothing about a stock reported once', () => {
    expect(keyMessages([line({ kind: 'stock', series: [{ date: '2019-02-03', low: 5, high: 5 }] })], period)).toEqual([]);
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
