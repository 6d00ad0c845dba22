import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Summary } from '@/lib/export/summary';
import { writeXlsx } from '@/lib/export/to-xlsx';
import type { ExportContext, ExportFact, ExportSource } from '@/lib/export/types';
import { cellXml, columnName, EXCEL_MAX_CELL_CHARS, excelSerialDay, xmlText } from '@/lib/export/xlsx-sheet';
import { parseFilters } from '@/lib/validation/filters';

describe('sheet XML', () => {
  it('escapes markup and keeps CR, tab and new lines', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlText('tab\there\nline\r\nend')).toBe('tab\there\nline&#13;\nend');
    expect(xmlText('plain "quotes" stay')).toBe('plain "quotes" stay');
  });

  it('removes the characters XML 1.0 forbids and keeps valid surrogate pairs', () => {
    expect(xmlText('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg')).toBe('abcdefg');
    expect(xmlText('lone \ud83d high, lone \ude00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
  });

  it('escapes an underscore that Excel would read as an _xHHHH_ escape, and no other', () => {
    expect(xmlText('col_x0041_name')).toBe('col_x005F_x0041_name');
    expect(xmlText('snake_case x_1')).toBe('snake_case x_1');
  });

  it("cuts text to Excel's cell limit without leaving half a surrogate pair", () => {
    expect(xmlText('x'.repeat(EXCEL_MAX_CELL_CHARS + 10))).toHaveLength(EXCEL_MAX_CELL_CHARS);
    const cutPair = 'x'.repeat(EXCEL_MAX_CELL_CHARS - 1) + '😀';
    expect(xmlText(cutPair)).toBe('x'.repeat(EXCEL_MAX_CELL_CHARS - 1));
  });

  it('turns ISO days into Excel serials (days since 1899-12-30) and refuses what is not one', () => {
    expect(excelSerialDay('1900-03-01')).toBe(61);
    expect(excelSerialDay('2019-02-03')).toBe(43499);
    expect(excelSerialDay('2024-02-29')).toBe(45351);
    for (const bad of ['1900-02-28', '2019-13-01', '2019-02-00', '2019-2-3', '2019-02-03T10:00:00Z', 'soon'])
      expect(excelSerialDay(bad)).toBeNull();
  });

  it('writes typed cells: numbers, dates with the date style, inline text, nothing for empty values', () => {
    expect(cellXml(0, 2, 'number', 1833.5)).toBe('<c r="A2"><v>1833.5</v></c>');
    expect(cellXml(8, 2, 'date', '2019-02-03')).toBe('<c r="I2" s="1"><v>43499</v></c>');
    expect(cellXml(3, 7, 'text', ' padded ')).toBe('<c r="D7" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c>');
    expect(cellXml(8, 2, 'date', 'about 2019')).toBe('<c r="I2" t="inlineStr"><is><t>about 2019</t></is></c>');
    for (const empty of [null, '', Number.NaN, Infinity]) expect(cellXml(0, 2, 'number', empty)).toBe('');
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});

const UPDATE: ExportSource = { title: 'Update 1', publisher: 'Org One', date: null, url: null };

function fact(overrides: Partial<ExportFact>): ExportFact {
  return {
    id: 'f1',
    low: 100,
    high: 120,
    date: '2020-01-01',
    excerpt: '',
    kind: { metric: 'people_arrived', qualifier: 'range', unit: 'people', datePrecision: 'day', sensitivity: 'public', measure: 'flow' },
    place: {
      id: 'A',
      name: 'Camp A',
      code: null,
      kind: null,
      parentName: null,
      countryCode: null,
      adm1: null,
      latitude: null,
      longitude: null,
    },
    sourceOrg: { id: 'o1', name: 'Org One', shortName: 'O1' },
    periodStart: null,
    origin: null,
    destination: null,
    source: UPDATE,
    ...overrides,
  };
}

const SUMMARY: Summary = {
  countingRule: 'The latest source is drawn.',
  factCount: 2,
  firstDate: '2020-01-01',
  lastDate: '2020-01-02',
  sources: [],
  places: [],
  metrics: [
    {
      metric: 'people_arrived',
      label: 'People arrived',
      kind: 'flow',
      unit: 'people',
      isMain: true,
      runningTotals: [],
      derivedFlows: 0,
      low: 150,
      high: 170,
      qualifier: 'range',
      latestDate: '2020-01-02',
      observations: 2,
      facts: 2,
      conflicts: 0,
      sourceOrgs: ['Org One', 'Org <Two>'],
      series: [],
    },
  ],
};
const CONTEXT: ExportContext = {
  filters: parseFilters(new URLSearchParams('')).filters,
  orgNames: [],
  locationNames: [],
  problems: [],
  generatedAt: new Date('2024-05-06T07:08:09.123Z'),
  includesRestricted: false,
};

async function* pagesOf(...pages: ExportFact[][]): AsyncGenerator<ExportFact[]> {
  yield* pages;
}

async function exportWorkbook(pages: AsyncIterable<ExportFact[]>, summary: Summary): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on('end', resolve));
  await writeXlsx(output, { pages, summarize: async () => summary, context: CONTEXT });
  await ended;
  return Buffer.concat(chunks);
}

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX workbook', () => {
  it('reads back in exceljs with typed cells, cleaned text, a frozen bold header and the summary', async () => {
    const excerpt = 'said "about 100" <people> & more\u0007 😀\r\n';
    const bytes = await exportWorkbook(
      pagesOf([fact({ excerpt })], [fact({ id: 'f2', low: 50, high: 50, source: { ...UPDATE, date: '2020-01-05' } })]),
      SUMMARY,
    );
    const workbook = await readBack(bytes);
    expect(workbook.creator).toBe('Sitrep');
    expect(workbook.created.toISOString()).toBe('2024-05-06T07:08:09.000Z');
    const facts = workbook.getWorksheet('Facts')!;
    expect(facts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (facts.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Date', 'Period start', 'Date precision']);
    expect(facts.getRow(1).getCell(1).font?.bold).toBe(true);
    const cell = (row: number, name: string) => facts.getRow(row).getCell(header.indexOf(name) + 1);
    // A range has no value cell (never its midpoint); its bounds are in Low and High.
    expect([cell(2, 'Value').value, cell(2, 'Low').value, cell(2, 'High').value, cell(3, 'Value').value]).toEqual([null, 100, 120, 50]);
    expect(cell(2, 'Date').value).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(cell(2, 'Date').numFmt).toBe('yyyy-mm-dd');
    expect(cell(3, 'Report date').value).toEqual(new Date('2020-01-05T00:00:00Z'));
    expect(cell(2, 'Report date').value).toBeNull();
    expect(cell(2, 'Excerpt').value).toBe('said "about 100" <people> & more 😀\r\n');
    expect(cell(3, 'Fact ID').value).toBe('f2');
    expect(facts.getColumn(header.indexOf('Excerpt') + 1).width).toBe(24);
    const summary = workbook.getWorksheet('Summary')!;
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual([
      'People arrived',
      'people',
      'flow',
      150,
      170,
      'range',
      new Date('2020-01-02T00:00:00Z'),
      2,
      2,
      0,
      'Org One, Org <Two>',
    ]);
    expect(summary.getRow(3).values).toEqual([]);
    expect(summary.getRow(6).getCell(1).value).toBe('Facts: 2 confirmed facts.');
  });

  it('filters the Facts header row and prints the sheet landscape, one page wide, the header on every page', async () => {
    const bytes = await exportWorkbook(pagesOf([fact({})], [fact({ id: 'f2' }), fact({ id: 'f3' })]), SUMMARY);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const lastColumn = columnName((await readBack(bytes)).getWorksheet('Facts')!.getRow(1).cellCount - 1);
    // Header plus three facts: rows 1 to 4, every column.
    expect(sheet).toContain(`<autoFilter ref="A1:${lastColumn}4"/>`);
    expect(sheet).toMatch(/^<\?xml[^>]*>\n<worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><sheetViews>/);
    expect(sheet).toMatch(/<\/sheetData><autoFilter [^>]*\/><printOptions [^>]*\/><pageMargins [^>]*\/><pageSetup [^>]*\/><\/worksheet>$/);
    const setup = sheet.match(/<pageSetup ([^>]*)\/>/)![1];
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Facts'!$1:$1</definedName>`);
    // The Summary sheet is a short list: no filter, no page setup.
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).not.toMatch(/autoFilter|pageSetup/);
    const facts = (await readBack(bytes)).getWorksheet('Facts')!;
    expect(facts.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(facts.autoFilter).toBe(`A1:${lastColumn}4`);
  });

  it('is a valid workbook with the header row only when nothing matches', async () => {
    const bytes = await exportWorkbook(pagesOf(), { ...SUMMARY, factCount: 0, metrics: [] });
    const parts = Object.keys((await JSZip.loadAsync(bytes, { checkCRC32: true })).files);
    expect(parts).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'xl/workbook.xml', 'xl/styles.xml']),
    );
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Facts', 'Summary']);
    expect(workbook.getWorksheet('Facts')!.actualRowCount).toBe(1);
    expect(workbook.getWorksheet('Summary')!.getRow(3).getCell(1).value).toMatch(/^Filters: all dates/);
  });

  it('stops reading facts when the download is cancelled, instead of hanging', async () => {
    let isReadingDone = false;
    async function* endlessPages(): AsyncGenerator<ExportFact[]> {
      try {
        for (let page = 0; ; page++)
          yield Array.from({ length: 100 }, (_, i) => fact({ id: `f${page}-${i}`, excerpt: `${Math.random()}` }));
      } finally {
        isReadingDone = true;
      }
    }
    const output = new PassThrough();
    let received = 0;
    output.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > 256 * 1024) output.destroy();
    });
    await expect(writeXlsx(output, { pages: endlessPages(), summarize: async () => SUMMARY, context: CONTEXT })).rejects.toThrow(/closed/);
    expect(isReadingDone).toBe(true);
  });
});
