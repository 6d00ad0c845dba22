import { FACT_COLUMNS } from '@/lib/export/columns';
import { hxlHashtagRow } from '@/lib/export/hxl';
import type { ExportFact } from '@/lib/export/types';

/**
 * The one CSV writer of Sitrep (RFC 4180, CRLF line ends, dates as ISO days). Text that a
 * spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a leading apostrophe,
 * so opening an export in Excel or LibreOffice never executes a cell.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** = + - @ tab CR; compared by char code because this runs for every cell of a million-row export. */
function startsLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
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

const READERS = FACT_COLUMNS.map((column) => column.read);

/** One fact as a CSV line, cell by cell without an intermediate array (a million rows make that count). */
export function csvFactLine(fact: ExportFact): string {
  let line = csvCell(READERS[0](fact));
  for (let index = 1; index < READERS.length; index += 1) line += `,${csvCell(READERS[index](fact))}`;
  return `${line}\r\n`;
}
