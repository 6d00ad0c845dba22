import { FACT_COLUMNS } from '@/lib/export/columns';
import { hxlHashtagRow } from '@/lib/export/hxl';
import type { ExportFact } from '@/lib/export/types';

/**
 * The one CSV writer of Sitrep (RFC 4180, CRLF line ends, dates as ISO days). Text that a
 * spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a leading apostrophe,
 * so opening an export in Excel or LibreOffice never executes a cell.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralizeFormula(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]) ? `'${text}` : text;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  let line = '';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) line += ',';
    line += csvCell(values[index]);
  }
  return `${line}\r\n`;
}

/** The header line, and under it the HXL hashtag row unless plain CSV was asked for. */
export function csvHeader({ hxl }: { hxl: boolean }): string {
  const header = csvLine(FACT_COLUMNS.map((column) => column.header));
  return hxl ? header + csvLine(hxlHashtagRow()) : header;
}

/** One page of facts as CSV lines, as one string: the route sends each page as one chunk. */
export function factsToCsv(facts: readonly ExportFact[]): string {
  let text = '';
  for (const fact of facts) text += csvLine(FACT_COLUMNS.map((column) => column.read(fact)));
  return text;
}
