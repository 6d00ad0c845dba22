/**
 * SpreadsheetML worksheet XML (ECMA-376 Part 1, §18.3), written as text a row at a time so a sheet
 * can stream into a ZIP entry. Text cells are inline strings (`t="inlineStr"`): a shared-string
 * table would have to be held in memory until the end. The styles below are the only ones the
 * cells refer to, so their indexes and the styles part live together here.
 */
export type CellType = 'number' | 'date' | 'text';
export type CellValue = string | number | null;
export type SheetColumn = { width: number; type: CellType };

/** Indexes into `cellXfs` of STYLES_XML. */
const STYLE_DATE = 1;
const STYLE_BOLD = 2;
/** Excel refuses longer cell text; longer text is cut there (the CSV and JSON exports keep it whole). */
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** Serial 1 is 1900-01-01 counted from 1899-12-31, but Excel treats 1900 as a leap year (Lotus's bug), so
 * from 1900-03-01 on a serial is the days since 1899-12-30. Earlier days would be off by one: written as text. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_SAFE_SERIAL = 61;
const MS_PER_DAY = 86_400_000;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export const STYLES_XML =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const FROZEN_HEADER_VIEW =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';

/**
 * Everything before the first row: view, column widths (date columns keep the date format) and
 * `<sheetData>`. `isPrintedToWidth`: printing scales the sheet to one page wide (ECMA-376 §18.3.1.65);
 * the page setup itself is in `printedSheetTail`.
 */
export function sheetHead(
  columns: readonly SheetColumn[],
  { isHeaderFrozen, isPrintedToWidth = false }: { isHeaderFrozen: boolean; isPrintedToWidth?: boolean },
): string {
  const cols = columns.map((column, index) => {
    const style = column.type === 'date' ? ` style="${STYLE_DATE}"` : '';
    return `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"${style}/>`;
  });
  const view = isHeaderFrozen ? FROZEN_HEADER_VIEW : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const properties = isPrintedToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  return `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}">${properties}${view}<sheetFormatPr defaultRowHeight="15"/><cols>${cols.join('')}</cols><sheetData>`;
}

export const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * The end of a table sheet: a filter on its header row over `rows` rows (header included) and
 * `columns` columns, and a landscape page one page wide (as many pages tall as it takes, the
 * header repeated on each: `printTitlesXml`). Elements in the schema's order (§18.3.1.99).
 */
export function printedSheetTail(columns: number, rows: number): string {
  const filter = `<autoFilter ref="A1:${columnName(columns - 1)}${Math.max(rows, 1)}"/>`;
  const margins = '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>';
  const page = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  return `</sheetData>${filter}<printOptions gridLines="1"/>${margins}${page}</worksheet>`;
}

/** The workbook's defined names that repeat a sheet's first row at the top of every printed page. */
export function printTitlesXml(sheetIndex: number, sheetName: string): string {
  return `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">'${sheetName}'!$1:$1</definedName></definedNames>`;
}

/** A row of bold text cells. */
export function headerRowXml(row: number, headers: readonly string[]): string {
  let xml = `<row r="${row}">`;
  for (let column = 0; column < headers.length; column++) xml += cellXml(column, row, 'text', headers[column], STYLE_BOLD);
  return `${xml}</row>`;
}

/** A row of typed cells, `types[i]` for `values[i]`. */
export function rowXml(row: number, types: readonly CellType[], values: readonly CellValue[]): string {
  let xml = `<row r="${row}">`;
  for (let column = 0; column < values.length; column++) xml += cellXml(column, row, types[column], values[column]);
  return `${xml}</row>`;
}

/**
 * One cell (0-based column, 1-based row). Empty values write nothing. A date column takes an ISO day
 * (`2019-02-03`) and writes its Excel serial; a value that is not one is written as text, unchanged.
 */
export function cellXml(column: number, row: number, type: CellType, value: CellValue, style = 0): string {
  if (value === null || value === '') return '';
  const ref = columnName(column) + row;
  if (typeof value === 'number') return numberCellXml(ref, value, type === 'date' ? STYLE_DATE : style);
  if (type === 'date') {
    const serial = excelSerialDay(value);
    if (serial !== null) return numberCellXml(ref, serial, STYLE_DATE);
  }
  const text = xmlText(value);
  const space = isSpaceAtEdge(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function numberCellXml(ref: string, value: number, style: number): string {
  // Excel has no NaN or infinity: an empty cell rather than a file it refuses.
  if (!Number.isFinite(value)) return '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Excel serial of a calendar day: no time and no time zone, so every reader sees the same day. */
export function excelSerialDay(isoDay: string): number | null {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const serial = (Date.UTC(Number(match[1]), month - 1, day) - EXCEL_EPOCH_MS) / MS_PER_DAY;
  return serial >= FIRST_SAFE_SERIAL ? serial : null;
}

/**
 * Characters that need work: markup (`& < >`), CR (an XML parser would turn it into LF), characters
 * XML 1.0 forbids (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF), and an underscore
 * that starts `_xHHHH_`, which Excel would read as an escaped character (ECMA-376 ST_Xstring).
 */
const SPECIAL_CHARS =
  /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;
const HAS_SPECIAL_CHARS = new RegExp(SPECIAL_CHARS.source);
const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', _: '_x005F_' };

/**
 * Cell text as XML element content: cut to Excel's 32,767 characters first (a pair of surrogates cut
 * in half then loses its lone half below), escaped, with the characters XML cannot carry removed.
 */
export function xmlText(value: string): string {
  const text = value.length > EXCEL_MAX_CELL_CHARS ? value.slice(0, EXCEL_MAX_CELL_CHARS) : value;
  if (!HAS_SPECIAL_CHARS.test(text)) return text;
  return text.replace(SPECIAL_CHARS, (char) => REPLACEMENTS[char] ?? '');
}

/** Leading or trailing white space is kept only with xml:space="preserve". */
function isSpaceAtEdge(text: string): boolean {
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
}

const COLUMN_NAMES: string[] = [];

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  COLUMN_NAMES[index] ??= (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
  return COLUMN_NAMES[index];
}
