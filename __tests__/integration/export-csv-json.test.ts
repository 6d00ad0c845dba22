jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { prisma } from '@/lib/prisma';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { FACT_COLUMNS } from '@/lib/export/columns';
import { isValidHxlHashtag } from '@/lib/export/hxl';
import { countMetric, type CountableFact, type Measure } from '@/lib/facts/counting';
import { fetchPlaceParents } from '@/lib/locations/within';
import { drawnRowsOf } from '@/__tests__/helpers/live-count';
import type { Metric } from '@/lib/facts/vocabulary';
import { EMPTY_FILTERS, parseFilters } from '@/lib/validation/filters';
import { createExportFixtures, type ExportFixtures } from '@/__tests__/helpers/export-fixtures';
import { exportResponse, exportText } from '@/__tests__/helpers/export-request';
import { signOutOfRequest } from '@/__tests__/helpers/request-context';

const schema = JSON.parse(readFileSync('docs/schemas/facts-export.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);
let fixtures: ExportFixtures;

// Seeding hashes two passwords and writes ~130 facts with audit entries: slow on a busy machine.
jest.setTimeout(30_000);
beforeAll(async () => {
  fixtures = await createExportFixtures(prisma);
}, 120_000);
beforeEach(() => signOutOfRequest());

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function publicFactIds(query: string): Promise<string[]> {
  const facts = await prisma.fact.findMany({
    where: buildFactWhere(parseFilters(new URLSearchParams(query)).filters, null),
    select: { id: true },
  });
  return facts.map((fact) => fact.id).sort();
}

describe('CSV export', () => {
  it('has a header, a valid HXL hashtag row and one row per visible confirmed fact, matching the database', async () => {
    const response = await exportResponse('format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sitrep-facts-hxl_all-dates.csv"');
    const [header, hashtags, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(FACT_COLUMNS.map((column) => column.header));
    for (const hashtag of hashtags) expect(isValidHxlHashtag(hashtag)).toBe(true);
    expect(hashtags).toContain('#date');
    expect(hashtags).toContain('#loc+code');
    const ids = rows.map((row) => row[header.indexOf('Fact ID')]).sort();
    expect(ids).toEqual(await publicFactIds(''));
    const trucks = await prisma.fact.findFirstOrThrow({
      where: { metric: 'trucks', low: 15, report: { isNot: null } },
      include: { location: true, report: true },
    });
    const row = rows.find((cells) => cells[header.indexOf('Fact ID')] === trucks.id)!;
    expect(row[header.indexOf('Value')]).toBe('15');
    expect(row[header.indexOf('Location')]).toBe(trucks.location.name);
    expect(row[header.indexOf('Date')]).toBe('2019-02-27');
    expect(row[header.indexOf('Report title')]).toBe(trucks.report!.title);
    expect(row[header.indexOf('Excerpt')]).toBe(trucks.excerpt);
  });

  it('leaves out the hashtag row with hxl=0', async () => {
    const [header, first] = parseCsv(await exportText('format=csv&hxl=0'));
    expect(header[0]).toBe('Date');
    expect(first[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('neutralizes cells a spreadsheet would run as formulas', async () => {
    const [header, , ...rows] = parseCsv(await exportText('format=csv'));
    const row = rows.find((cells) => cells[header.indexOf('Fact ID')] === fixtures.formulaId)!;
    expect(row[header.indexOf('Excerpt')]).toBe(`'=HYPERLINK("https://attacker.example","12 trucks")`);
    expect(row[header.indexOf('Location')]).toBe("'@Formula Place");
    expect(row[header.indexOf('Source organization')]).toBe("'+Fictional Formula Org");
    expect(row[header.indexOf('Report title')]).toBe(`'-Fictional bulletin, "quoted", with, commas`);
    expect(row[header.indexOf('Unit')]).toBe("'=kits | boxes");
    expect(
      [header.indexOf('Metric'), header.indexOf('Qualifier'), header.indexOf('Date precision'), header.indexOf('Sensitivity')].map(
        (index) => row[index],
      ),
    ).toEqual(['trucks', 'exact', 'day', 'public']);
  });

  it('applies the dashboard filters', async () => {
    const query = 'format=csv&from=2019-03-01&to=2019-03-31&metric=people_arrived&metric=camp_population&location=al-hol-camp';
    const response = await exportResponse(query);
    expect(response.headers.get('content-disposition')).toContain('sitrep-facts-hxl_2019-03-01_to_2019-03-31.csv');
    const [header, , ...rows] = parseCsv(await response.text());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[header.indexOf('Fact ID')]).sort()).toEqual(await publicFactIds(query));
    for (const row of rows) {
      expect(['people_arrived', 'camp_population']).toContain(row[header.indexOf('Metric')]);
      expect(row[header.indexOf('Date')] >= '2019-03-01' && row[header.indexOf('Date')] <= '2019-03-31').toBe(true);
    }
  });

  it('gives a valid file with headers only when nothing matches', async () => {
    const rows = parseCsv(await exportText('format=csv&from=2100-01-01'));
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe('#date');
  });
});

describe('JSON export', () => {
  it('validates against its JSON Schema and holds the same facts as the database', async () => {
    const response = await exportResponse('format=json&to=2019-03-31');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse(await response.text());
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body.facts.map((fact: { id: string }) => fact.id).sort()).toEqual(await publicFactIds('to=2019-03-31'));
    expect(body.filters.to).toBe('2019-03-31');
  });

  it('counts the summary by the dashboard rules (observations, units, measures, nested places)', async () => {
    const body = JSON.parse(await exportText('format=json'));
    const facts = await prisma.fact.findMany({ where: buildFactWhere(EMPTY_FILTERS, null), include: { report: true } });
    const countable: CountableFact[] = facts.map((fact) => ({
      ...fact,
      metric: fact.metric as Metric,
      measure: fact.measure as Measure,
      publishedDate: fact.report?.publishedDate ?? fact.date,
      confirmedAt: (fact.reviewedAt ?? fact.createdAt).toISOString(),
    }));
    const rows = drawnRowsOf(countable);
    const places = await fetchPlaceParents();
    const period = { from: body.summary.firstDate, to: body.summary.lastDate };
    for (const line of body.summary.metrics) {
      const expected = countMetric(line.metric, rows, { places, period, unit: line.unit }).figure;
      expect({ metric: line.metric, unit: line.unit, low: line.low, high: line.high, observations: line.observations }).toEqual({
        metric: line.metric,
        unit: line.unit,
        low: expected?.low ?? 0,
        high: expected?.high ?? 0,
        observations: expected?.observationCount ?? 0,
      });
    }
    expect(body.summary.metrics.length).toBeGreaterThan(0);
  });

  it('is valid and empty when nothing matches', async () => {
    const body = JSON.parse(await exportText('format=json&from=2100-01-01'));
    expect(validate(body)).toBe(true);
    expect(body.facts).toEqual([]);
    expect(body.summary.metrics).toEqual([]);
  });
});
