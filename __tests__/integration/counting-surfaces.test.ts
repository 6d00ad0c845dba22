jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import path from 'node:path';
import ExcelJS from 'exceljs';
import { exportResponse, exportText } from '@/__tests__/helpers/export-request';
import { renderPdfOutsideJest } from '@/__tests__/helpers/render-pdf';
import { signOutOfRequest } from '@/__tests__/helpers/request-context';
import { fetchKeyFigures, fetchStockSeries, fetchFlowSeries, resolveDashboardScope } from '@/lib/dashboard/read';
import { summarizeFacts } from '@/lib/export/respond';
import type { MetricSummary } from '@/lib/export/summary';
import { formatFigure } from '@/lib/format';
import { prisma } from '@/lib/prisma';
import { EMPTY_FILTERS, filtersToSearchParams, type DashboardFilters } from '@/lib/validation/filters';
import { seedExamples } from '@/prisma/seed/seed-examples';
import { apiGet } from '@/__tests__/helpers/api-request';

// The seeded Baghouz / al-Hol figures (data/figures) through every surface: the dashboard's cards
// and charts, and the JSON, XLSX, Markdown and PDF summaries of the same view.
jest.setTimeout(120_000);
const TODAY = '2026-12-01';

beforeAll(async () => {
  await seedExamples(prisma, path.join(process.cwd(), 'data'));
}, 120_000);
beforeEach(() => signOutOfRequest());

/** A direct count of one metric's flows: public confirmed flow facts in the main unit, one per place and day (latest published). */
async function directFlowTotal(metric: string, unit: string, period: { from: string; to: string }): Promise<number> {
  const facts = await prisma.fact.findMany({
    where: {
      metric,
      unit,
      measure: 'flow',
      status: 'confirmed',
      deletedAt: null,
      sensitivity: 'public',
      date: { gte: period.from, lte: period.to },
    },
    include: { report: { select: { publishedDate: true } } },
    orderBy: { id: 'asc' },
  });
  const drawn = new Map<string, { published: string; reviewed: string; id: string; high: number }>();
  for (const fact of facts) {
    const candidate = {
      published: fact.report?.publishedDate ?? fact.date,
      reviewed: fact.reviewedAt?.toISOString() ?? '',
      id: fact.id,
      high: fact.high,
    };
    const key = `${fact.locationId}|${fact.date}`;
    const current = drawn.get(key);
    const better =
      !current ||
      [candidate.published, candidate.reviewed, candidate.id].join('|') > [current.published, current.reviewed, current.id].join('|');
    if (better) drawn.set(key, candidate);
  }
  return [...drawn.values()].reduce((sum, fact) => sum + fact.high, 0);
}

describe('the seeded default view', () => {
  it('adds no running total to a flow, puts no second unit on a main line and counts no place with its parent', async () => {
    const scope = await resolveDashboardScope(EMPTY_FILTERS, null, TODAY);
    expect(scope.period).toEqual({ from: '2019-01-26', to: '2019-04-25' });
    const { cards } = await fetchKeyFigures(scope);
    const card = (metric: string) => cards.find((candidate) => candidate.metric === metric)!;
    // al-Hol is the only place with arrivals and deaths, so a direct sum of flow facts is the count.
    for (const metric of ['people_arrived', 'people_killed'])
      expect(card(metric).current!.high).toBe(await directFlowTotal(metric, 'people', scope.period));
    expect(card('people_killed').runningTotals.map((total) => total.high)).toContain(217);
    expect(card('people_arrived').runningTotals.map((total) => total.high)).toContain(63323);
    expect(card('camp_population')).toMatchObject({ unit: 'people', current: { low: 73477, high: 73477, latestDate: '2019-04-25' } });
    expect(card('camp_population').alsoReported).toEqual([{ unit: 'children', low: 350, high: 350, observationCount: 1 }]);
    const stocks = await fetchStockSeries(scope, 'day');
    const population = stocks.find((series) => series.metric === 'camp_population' && series.kind === 'stock')!;
    expect(population.places.flatMap((place) => place.points).some((point) => point.high === 350)).toBe(false);
    expect(
      stocks.every(
        (series) =>
          series.unit === 'people' || series.metric === 'trucks' || series.metric === 'aid_delivered' || series.metric === 'convoys',
      ),
    ).toBe(true);
  });

  it('takes the larger of a governorate’s own figure and its places’ sum, never both', async () => {
    const scope = await resolveDashboardScope(
      { ...EMPTY_FILTERS, from: '2018-12-01', to: '2018-12-01', metrics: ['people_displaced'] },
      null,
      TODAY,
    );
    const [series] = await fetchFlowSeries(scope, 'day');
    // Hajin 3,000 lies in Deir-ez-Zor governorate (6,000): 6,000; plus Al-Hasakeh governorate 4,000.
    expect(series.points).toMatchObject([{ start: '2018-12-01', low: 10000, high: 10000 }]);
  });

  it('includes al-Hol camp in its governorate', async () => {
    const governorate = await prisma.location.findFirstOrThrow({ where: { name: 'Al-Hasakeh governorate' } });
    const camp = await prisma.location.findFirstOrThrow({ where: { name: 'al-Hol camp' } });
    expect(camp.parentId).toBe(governorate.id);
    const scope = await resolveDashboardScope({ ...EMPTY_FILTERS, locations: [governorate.slug] }, null, TODAY);
    expect(scope.locationIds).toContain(camp.id);
    const population = (await fetchKeyFigures(scope)).cards.find((card) => card.metric === 'camp_population')!;
    expect(population.current).toMatchObject({ high: 73477, placeIds: [camp.id] });
  });
});

describe('the dashboard and every summary of the same view state the same numbers', () => {
  const view: DashboardFilters = { ...EMPTY_FILTERS, from: '2019-01-26', to: '2019-04-25' };

  it('cards, JSON, XLSX, Markdown, PDF and the read API', async () => {
    const scope = await resolveDashboardScope(view, null, TODAY);
    const cards = (await fetchKeyFigures(scope)).cards.filter((card) => card.current);
    expect(cards.length).toBeGreaterThan(4);
    const query = filtersToSearchParams(view).toString();
    const json = JSON.parse(await exportText(`format=json&${query}`));
    const main = (metric: string): MetricSummary =>
      json.summary.metrics.find((line: MetricSummary) => line.metric === metric && line.isMain);
    for (const card of cards)
      expect({ metric: card.metric, low: main(card.metric).low, high: main(card.metric).high }).toEqual({
        metric: card.metric,
        low: card.current!.low,
        high: card.current!.high,
      });
    for (const card of cards) {
      for (const other of card.alsoReported) {
        const line = json.summary.metrics.find(
          (candidate: MetricSummary) => candidate.metric === card.metric && candidate.unit === other.unit,
        );
        expect({ metric: card.metric, unit: other.unit, low: line.low, high: line.high }).toEqual({
          metric: card.metric,
          unit: other.unit,
          low: other.low,
          high: other.high,
        });
      }
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await exportResponse(`format=xlsx&${query}`)).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Summary')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    for (const card of cards) {
      const line = main(card.metric);
      const row = rows.find((candidate) => candidate[0] === line.label && candidate[1] === card.unit)!;
      expect({ metric: card.metric, low: row[3], high: row[4] }).toEqual({
        metric: card.metric,
        low: card.current!.low,
        high: card.current!.high,
      });
    }

    const markdown = await exportText(`format=md&${query}`);
    const summary = await summarizeFacts(view, null);
    const context = { filters: view, orgNames: [], locationNames: [], problems: [], generatedAt: new Date(), includesRestricted: false };
    const pdfText = renderPdfOutsideJest({ context, summary }).text.replace(/\s+/g, ' ');
    for (const card of cards) {
      const line = main(card.metric);
      expect(markdown).toContain(`| ${line.label} (${line.kind === 'stock' ? 'latest' : 'total'}) | ${formatFigure(line)} ${card.unit}`);
      expect(pdfText).toContain(formatFigure(line));
    }

    // The read API's totals for the same view (main unit only).
    const api = await apiGet('/api/v1/observations', `${query}&limit=1`);
    expect(api.status).toBe(200);
    for (const card of cards) {
      const total = api.body.totals.find((entry: { metric: string }) => entry.metric === card.metric);
      expect({ metric: card.metric, low: total?.low, high: total?.high }).toEqual({
        metric: card.metric,
        low: card.current!.low,
        high: card.current!.high,
      });
    }
  });
});

describe('organization pages', () => {
  it('count each organization’s public facts once, as a direct count does', async () => {
    const { fetchOrganizations } = await import('@/lib/data/organizations');
    const organizations = await fetchOrganizations();
    const direct = await prisma.fact.groupBy({
      by: ['sourceOrgId'],
      where: {
        status: 'confirmed',
        deletedAt: null,
        sensitivity: 'public',
        OR: [{ reportId: null }, { report: { sensitivity: 'public' } }],
      },
      _count: { _all: true },
    });
    const expected = Object.fromEntries(direct.map((row) => [row.sourceOrgId, row._count._all]));
    const shown = Object.fromEntries(
      organizations.filter((organization) => organization.factCount > 0).map((organization) => [organization.id, organization.factCount]),
    );
    expect(shown).toEqual(expected);
    expect(Object.keys(shown).length).toBeGreaterThan(5);
  });
});
