jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import ExcelJS from 'exceljs';
import { prisma } from '@/lib/prisma';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { summarizeFacts, summarizeWithComparison } from '@/lib/export/respond';
import { comparisonText } from '@/lib/export/summary-comparison';
import { lineKey } from '@/lib/export/summary';
import { formatDay, formatFigure } from '@/lib/format';
import { parseFilters } from '@/lib/validation/filters';
import { createExportFixtures } from '@/__tests__/helpers/export-fixtures';
import { exportResponse, exportText } from '@/__tests__/helpers/export-request';
import { signOutOfRequest } from '@/__tests__/helpers/request-context';
import { renderPdfOutsideJest } from '@/__tests__/helpers/render-pdf';

const QUERY = 'from=2019-02-01&to=2019-03-31&location=al-hol-camp&location=baghouz';
const filters = parseFilters(new URLSearchParams(QUERY)).filters;

jest.setTimeout(60_000);
beforeAll(async () => {
  await createExportFixtures(prisma);
}, 120_000);
beforeEach(() => signOutOfRequest());

async function readWorkbook(query: string): Promise<ExcelJS.Workbook> {
  const response = await exportResponse(query);
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX export', () => {
  it('has a Facts sheet with typed cells matching the database and a Summary sheet', async () => {
    const workbook = await readWorkbook(`format=xlsx&${QUERY}`);
    const facts = workbook.getWorksheet('Facts')!;
    const header = (facts.getRow(1).values as string[]).slice(1);
    const expected = await prisma.fact.findMany({ where: buildFactWhere(filters, null), select: { id: true, low: true, date: true } });
    expect(facts.actualRowCount - 1).toBe(expected.length);
    const ids: string[] = [];
    facts.eachRow((row, number) => {
      if (number === 1) return;
      const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
      ids.push(cell('Fact ID') as string);
      const fact = expected.find((candidate) => candidate.id === cell('Fact ID'))!;
      expect(cell('Low')).toBe(fact.low);
      expect(cell('Date')).toBeInstanceOf(Date);
      expect((cell('Date') as Date).toISOString().slice(0, 10)).toBe(fact.date);
    });
    expect(ids.sort()).toEqual(expected.map((fact) => fact.id).sort());
    const summary = workbook.getWorksheet('Summary')!;
    const labels = summary.getColumn(1).values.filter(Boolean);
    expect(labels).toContain('Camp population');
    expect(typeof summary.getRow(2).getCell(4).value).toBe('number');
  });

  it('is a valid workbook with headers only when nothing matches', async () => {
    const workbook = await readWorkbook('format=xlsx&from=2100-01-01');
    expect(workbook.getWorksheet('Facts')!.actualRowCount).toBe(1);
    expect(workbook.getWorksheet('Summary')).toBeDefined();
  });
});

describe('Markdown summary', () => {
  it('reads like a sitrep: title, period, filters, key figures with sources and dates, trends and sources', async () => {
    const response = await exportResponse(`format=md&${QUERY}`);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('sitrep-summary_2019-02-01_to_2019-03-31.md');
    const markdown = await response.text();
    const summary = await summarizeFacts(filters, null);
    expect(markdown).toMatch(/^# Situation summary: al-Hol camp, Baghouz/);
    expect(markdown).toContain('**Period:** 1 Feb 2019 – 31 Mar 2019');
    for (const metric of summary.metrics) {
      expect(markdown).toContain(
        `| ${metric.label} (${metric.kind === 'stock' ? 'latest' : 'total'}) | ${formatFigure(metric)} ${metric.unit}`,
      );
      // Charts draw the main unit only; figures in other units are listed beside it.
      if (metric.isMain) expect(markdown).toContain(`### ${metric.label}`);
    }
    expect(summary.metrics.filter((metric) => !metric.isMain).length).toBeGreaterThan(0);
    expect(markdown).toContain('Compared with the previous 59 days (4 Dec 2018 – 31 Jan 2019)');
    for (const source of summary.sources) expect(markdown).toContain(source.title.replace(/([\\`*_[\]|<>#])/g, '\\$1'));
  });

  it('lists running totals apart, each with its place, source and day, and keeps "about" in the table by place', async () => {
    const markdown = await exportText(`format=md&${QUERY}`);
    const summary = await summarizeFacts(filters, null);
    const totals = summary.metrics.flatMap((metric) => metric.runningTotals.map((total) => ({ ...total, unit: metric.unit })));
    expect(totals.length).toBeGreaterThan(0);
    const section = markdown.slice(markdown.indexOf('Running totals (listed apart'), markdown.indexOf('## Over the period'));
    for (const total of totals) {
      const figure = formatFigure({ ...total, qualifier: total.low === total.high ? 'exact' : 'range' });
      expect(section).toContain(
        `Running total: ${figure} ${total.unit} at ${total.place} (${total.source}) as of ${formatDay(total.date)}`,
      );
    }
    // The seeded running totals of arrivals at al-Hol (63,323 "since 4 December") are listed, never in the arrivals' total.
    expect(section).toMatch(/People arrived \(people\): Running total: [\d,]+ people at al-Hol camp \([^)]+\) as of \d+ \w+ 2019, since/);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| al-Hol camp |') || line.startsWith('| Baghouz |'));
    const camp = summary.places.find((row) => row.place === 'al-Hol camp')!.figures[lineKey('camp_population', 'people')];
    expect(camp.qualifier).toBe('approx');
    expect(rows.find((row) => row.startsWith('| al-Hol camp |'))).toContain(`| ${formatFigure(camp)} |`);
    expect(formatFigure(camp)).toMatch(/^about /);
  });

  it('says so when nothing matches', async () => {
    expect(await exportText('format=md&from=2100-01-01')).toContain('No confirmed figures match these filters.');
  });
});

describe('PDF summary', () => {
  it('holds the title, period, key figures and sources of the database, as text', async () => {
    const { summary, comparison } = await summarizeWithComparison(filters, null);
    const context = {
      filters,
      orgNames: [],
      locationNames: ['al-Hol camp', 'Baghouz'],
      problems: [],
      generatedAt: new Date(),
      includesRestricted: false,
    };
    const { pdf, text, totalPages } = renderPdfOutsideJest({ context, summary, comparison });
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    expect(totalPages).toBeLessThanOrEqual(6);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Situation summary: al-Hol camp, Baghouz');
    expect(flat).toContain('1 Feb 2019 – 31 Mar 2019');
    for (const metric of summary.metrics) expect(flat).toContain(formatFigure(metric));
    for (const source of summary.sources) expect(flat).toContain(source.title);
    // Each card states the period before, in the dashboard's words (export-comparison.test.ts checks the figures).
    const compared = summary.metrics.filter((metric) => metric.isMain).map((metric) => comparisonText(comparison, metric)!);
    expect(compared.length).toBeGreaterThan(0);
    for (const line of compared) expect(flat).toContain(line);
    for (const total of summary.metrics.flatMap((metric) => metric.runningTotals))
      expect(flat).toContain(`at ${total.place} (${total.source}) as of ${formatDay(total.date)}`);
  });
});
