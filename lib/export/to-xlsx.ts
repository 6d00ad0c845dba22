import type { Writable } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { FACT_COLUMNS } from '@/lib/export/columns';
import type { Summary } from '@/lib/export/summary';
import type { ExportContext, ExportFact } from '@/lib/export/types';
import { describeFilters } from '@/lib/export/describe';

/**
 * The XLSX export, written with exceljs' streaming writer so rows leave as they are committed:
 * sheet "Facts" (dates as dates, numbers as numbers) and sheet "Summary" (the key figures by the
 * counting rules). An XLSX sheet holds 1,048,576 rows; facts beyond that are counted, not written.
 */
export const XLSX_MAX_FACT_ROWS = 1_048_575;
const DATE_FORMAT = 'yyyy-mm-dd';
const HIGH_WATER = 1024 * 1024;
/** Rows between two looks at the zip entry's buffer (~1.2 KB of sheet XML each). */
const ROWS_PER_CHECK = 256;

export type XlsxSources = {
  pages: AsyncIterable<Iterable<ExportFact>>;
  summarize: () => Promise<Summary>;
  context: ExportContext;
};

export async function writeXlsx(output: Writable, { pages, summarize, context }: XlsxSources): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Sitrep';
  workbook.created = context.generatedAt;
  const facts = workbook.addWorksheet('Facts', { views: [{ state: 'frozen', ySplit: 1 }] });
  facts.columns = FACT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.type === 'text' ? 24 : 12,
    style: column.type === 'date' ? { numFmt: DATE_FORMAT } : {},
  }));
  facts.getRow(1).font = { bold: true };
  facts.getRow(1).commit();
  let written = 0;
  for await (const page of pages) {
    for (const fact of page) {
      if (written >= XLSX_MAX_FACT_ROWS) break;
      facts.addRow(FACT_COLUMNS.map((column) => toCell(column.type, column.read(fact)))).commit();
      written += 1;
      if (written % ROWS_PER_CHECK === 0) await waitForZip(facts, output);
    }
  }
  facts.commit();
  writeSummarySheet(workbook.addWorksheet('Summary'), await summarize(), context, written);
  await workbook.commit();
}

/**
 * exceljs hands committed rows to the zip entry of the sheet without waiting for the
 * compressor (its StreamBuf ignores write() returning false), so a fast reader piled up a whole
 * million-row sheet in memory (1.2 GB). Wait until the entry's stream has drained, and the
 * output too: the compressor only reads the entry as fast as the client takes the zip.
 * The entry stream is exceljs/archiver internals (StreamBuf.pipes[0], a readable-stream
 * PassThrough); if a new version moves it, only the output is waited for.
 */
type ZipEntryStream = { _writableState?: { length: number; highWaterMark: number }; once: (event: 'drain', listener: () => void) => void };

async function waitForZip(sheet: ExcelJS.Worksheet, output: Writable): Promise<void> {
  const entry = (sheet as unknown as { stream?: { pipes?: ZipEntryStream[] } }).stream?.pipes?.[0];
  const state = entry?._writableState;
  if (entry && state && state.length > state.highWaterMark) await new Promise<void>((resolve) => entry.once('drain', resolve));
  if (output.writableLength > HIGH_WATER) await once(output, 'drain');
}

function toCell(type: 'number' | 'date' | 'text', value: string | number | null): string | number | Date | null {
  if (value === null) return null;
  if (type === 'date' && typeof value === 'string') return isoDayToDate(value);
  return value;
}

/** A calendar day as midnight UTC, which Excel shows as that day whatever the reader's time zone. */
function isoDayToDate(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, summary: Summary, context: ExportContext, written: number): void {
  sheet.columns = [
    { header: 'Metric', key: 'label', width: 22 },
    { header: 'Unit', key: 'unit', width: 12 },
    { header: 'Kind', key: 'kind', width: 8 },
    { header: 'Low', key: 'low', width: 12 },
    { header: 'High', key: 'high', width: 12 },
    { header: 'Qualifier', key: 'qualifier', width: 10 },
    { header: 'Latest date', key: 'latestDate', width: 12, style: { numFmt: DATE_FORMAT } },
    { header: 'Observations', key: 'observations', width: 12 },
    { header: 'Facts', key: 'facts', width: 8 },
    { header: 'Conflicts', key: 'conflicts', width: 10 },
    { header: 'Sources', key: 'sources', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const metric of summary.metrics) {
    sheet.addRow({ ...metric, latestDate: metric.latestDate ? isoDayToDate(metric.latestDate) : null, sources: metric.sourceOrgs.join(', ') });
  }
  sheet.addRow([]);
  const notes = [
    `Filters: ${describeFilters(context)}`,
    `Counting: ${summary.countingRule} Flows (trucks, departures, arrivals …) add up across places and days; stocks (camp population, people trapped …) count the latest value of each place.`,
    `Facts: ${summary.factCount} confirmed facts${written < summary.factCount ? `, of which the first ${written} fit in the Facts sheet` : ''}.`,
    `Generated by Sitrep on ${context.generatedAt.toISOString()}.`,
  ];
  for (const note of notes) sheet.addRow([note]);
  sheet.commit();
}
