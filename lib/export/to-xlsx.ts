import type { Writable } from 'node:stream';
import { FACT_COLUMNS } from '@/lib/export/columns';
import { describeFilters } from '@/lib/export/describe';
import type { Summary } from '@/lib/export/summary';
import type { ExportContext, ExportFact } from '@/lib/export/types';
import {
  cellXml,
  headerRowXml,
  printedSheetTail,
  printTitlesXml,
  rowXml,
  SHEET_TAIL,
  sheetHead,
  STYLES_XML,
  type CellType,
  type SheetColumn,
} from '@/lib/export/xlsx-sheet';
import { ZIP32_MAX, ZipWriter, type ZipEntry } from '@/lib/export/zip-stream';

/**
 * The XLSX export: the SpreadsheetML parts written as text into a streaming ZIP, so rows leave as
 * they are made and memory holds a chunk of XML, not the sheet. Sheet "Facts" (dates as dates,
 * numbers as numbers, header frozen and filtered, printed landscape one page wide with the header
 * on every page) and sheet "Summary" (the key figures by the counting rules).
 * An XLSX sheet holds 1,048,576 rows; facts beyond that are counted in the summary, not written.
 */
export const XLSX_MAX_FACT_ROWS = 1_048_575;
/** Sheet XML is handed to the compressor in pieces of about this many characters. */
const CHUNK_CHARS = 64 * 1024;
/**
 * The Facts sheet stops before its ZIP entry reaches 4 GiB (about 1 KB a row is usual, so only
 * very long excerpts get there); the margin covers one more chunk of rows of 32,767-character cells.
 */
const FACT_SHEET_MAX_BYTES = ZIP32_MAX - 64 * 1024 * 1024;
/**
 * zlib level 4. At 940k facts (~1 GB of sheet XML), one bench run each in the same session: level 6
 * (zlib's default) 98 MB in 33.0 CPU-s, level 4 111 MB in 21.9, level 1 125 MB in 24.1.
 */
const ZIP_LEVEL = 4;

export type XlsxSources = {
  pages: AsyncIterable<Iterable<ExportFact>>;
  summarize: () => Promise<Summary>;
  context: ExportContext;
};

export async function writeXlsx(output: Writable, { pages, summarize, context }: XlsxSources): Promise<void> {
  const zip = new ZipWriter(output, { modified: context.generatedAt, level: ZIP_LEVEL });
  for (const [name, xml] of Object.entries(packageParts(context.generatedAt))) await zip.writeEntry(name, xml);
  const written = await writeFactsSheet(await zip.startEntry('xl/worksheets/sheet1.xml'), pages);
  await zip.writeEntry('xl/worksheets/sheet2.xml', summarySheetXml(await summarize(), context, written));
  await zip.finish();
  output.end();
}

const FACT_SHEET_COLUMNS: SheetColumn[] = FACT_COLUMNS.map((column) => ({ type: column.type, width: column.type === 'text' ? 24 : 12 }));

/** Streams the Facts sheet into its entry and returns how many facts it holds. */
async function writeFactsSheet(entry: ZipEntry, pages: AsyncIterable<Iterable<ExportFact>>): Promise<number> {
  let xml =
    sheetHead(FACT_SHEET_COLUMNS, { isHeaderFrozen: true, isPrintedToWidth: true }) +
    headerRowXml(
      1,
      FACT_COLUMNS.map((column) => column.header),
    );
  let written = 0;
  let isFull = false;
  for await (const page of pages) {
    for (const fact of page) {
      written += 1;
      xml += factRowXml(written + 1, fact);
      isFull = written >= XLSX_MAX_FACT_ROWS;
      if (xml.length < CHUNK_CHARS && !isFull) continue;
      await entry.write(xml);
      xml = '';
      isFull ||= entry.size > FACT_SHEET_MAX_BYTES;
      if (isFull) break;
    }
    // Leaving the loop ends the reads (the page iterator's return()).
    if (isFull) break;
  }
  await entry.write(xml + printedSheetTail(FACT_COLUMNS.length, written + 1));
  await entry.close();
  return written;
}

function factRowXml(row: number, fact: ExportFact): string {
  let xml = `<row r="${row}">`;
  for (let column = 0; column < FACT_COLUMNS.length; column++) {
    xml += cellXml(column, row, FACT_COLUMNS[column].type, FACT_COLUMNS[column].read(fact));
  }
  return `${xml}</row>`;
}

const SUMMARY_COLUMNS: (SheetColumn & { header: string })[] = [
  { header: 'Metric', type: 'text', width: 22 },
  { header: 'Unit', type: 'text', width: 12 },
  { header: 'Kind', type: 'text', width: 8 },
  { header: 'Low', type: 'number', width: 12 },
  { header: 'High', type: 'number', width: 12 },
  { header: 'Qualifier', type: 'text', width: 10 },
  { header: 'Latest date', type: 'date', width: 12 },
  { header: 'Observations', type: 'number', width: 12 },
  { header: 'Facts', type: 'number', width: 8 },
  { header: 'Conflicts', type: 'number', width: 10 },
  { header: 'Sources', type: 'text', width: 40 },
];
const SUMMARY_TYPES: CellType[] = SUMMARY_COLUMNS.map((column) => column.type);

/** The Summary sheet, small enough to build whole: one row per metric and unit, a blank row, then notes. */
function summarySheetXml(summary: Summary, context: ExportContext, written: number): string {
  const rows = [
    headerRowXml(
      1,
      SUMMARY_COLUMNS.map((column) => column.header),
    ),
  ];
  for (const metric of summary.metrics) {
    const { label, unit, kind, low, high, qualifier, latestDate, observations, facts, conflicts } = metric;
    const values = [label, unit, kind, low, high, qualifier, latestDate, observations, facts, conflicts, metric.sourceOrgs.join(', ')];
    rows.push(rowXml(rows.length + 1, SUMMARY_TYPES, values));
  }
  const notes = [
    `Filters: ${describeFilters(context)}`,
    `Counting: ${summary.countingRule} Flows (trucks, departures, arrivals …) add up across places and days; stocks (camp population, people trapped …) count the latest value of each place.`,
    `Facts: ${summary.factCount} confirmed facts${written < summary.factCount ? `, of which the first ${written} fit in the Facts sheet` : ''}.`,
    `Generated by Sitrep on ${context.generatedAt.toISOString()}.`,
  ];
  // One blank row between the figures and the notes.
  notes.forEach((note, index) => rows.push(rowXml(summary.metrics.length + 3 + index, ['text'], [note])));
  return sheetHead(SUMMARY_COLUMNS, { isHeaderFrozen: false }) + rows.join('') + SHEET_TAIL;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';
const SHEETS = ['Facts', 'Summary'];

/** The parts around the sheets (ECMA-376 Part 2, Open Packaging Conventions), in the order they are zipped. */
function packageParts(created: Date): Record<string, string> {
  const worksheetType = `${CONTENT_TYPE}.spreadsheetml.worksheet+xml`;
  const sheetOverrides = SHEETS.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${worksheetType}"/>`);
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  // W3CDTF without milliseconds, as Office writes it.
  const createdAt = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    '[Content_Types].xml':
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.sheet.main+xml"/>${sheetOverrides.join('')}` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE}.extended-properties+xml"/></Types>`,
    '_rels/.rels':
      `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${relationship('rId1', `${OFFICE_RELS}/officeDocument`, 'xl/workbook.xml')}` +
      `${relationship('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml')}` +
      `${relationship('rId3', `${OFFICE_RELS}/extended-properties`, 'docProps/app.xml')}</Relationships>`,
    'docProps/core.xml':
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
      `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Sitrep</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${createdAt}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${createdAt}</dcterms:modified></cp:coreProperties>`,
    'docProps/app.xml': `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Sitrep</Application></Properties>`,
    'xl/workbook.xml':
      `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_RELS}"><bookViews><workbookView/></bookViews><sheets>` +
      `${SHEETS.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${printTitlesXml(0, SHEETS[0])}</workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${SHEETS.map((_, i) => relationship(`rId${i + 1}`, `${OFFICE_RELS}/worksheet`, `worksheets/sheet${i + 1}.xml`)).join('')}` +
      `${relationship(`rId${SHEETS.length + 1}`, `${OFFICE_RELS}/styles`, 'styles.xml')}</Relationships>`,
    'xl/styles.xml': STYLES_XML,
  };
}
