import { DEFAULT_UNIT, METRIC_LABELS } from '@/lib/facts/vocabulary';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';
import { parseFigureText } from '@/lib/validation/figure-text';

/** The daily log's columns, in the order a pasted spreadsheet fills them. */
export const BULK_COLUMNS = ['date', 'location', 'trucks', 'convoys', 'people_departed', 'people_arrived', 'note'] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];
export type BulkRow = Record<BulkColumn, string>;
export type BulkRowErrors = Partial<Record<BulkColumn, string>>;

const FIGURE_COLUMNS = ['trucks', 'convoys', 'people_departed', 'people_arrived'] as const;
export const MAX_BULK_ROWS = 500;

export const BULK_LABELS: Record<BulkColumn, string> = {
  date: 'Date',
  location: 'Location',
  trucks: METRIC_LABELS.trucks,
  convoys: METRIC_LABELS.convoys,
  people_departed: METRIC_LABELS.people_departed,
  people_arrived: METRIC_LABELS.people_arrived,
  note: 'Note',
};

export function emptyBulkRow(): BulkRow {
  return { date: '', location: '', trucks: '', convoys: '', people_departed: '', people_arrived: '', note: '' };
}

export type BulkReading = { ok: true; facts: FactInput[] } | { ok: false; rowErrors: Record<number, BulkRowErrors>; sourceOrgError?: string };

/**
 * Each filled row gives one fact per figure it has (trucks, departures…), all checked by
 * FactInputSchema. Blank rows are ignored; a row with a place or date but no figure is an error.
 */
export function readBulkRows(rows: BulkRow[], sourceOrg: string): BulkReading {
  const facts: FactInput[] = [];
  const rowErrors: Record<number, BulkRowErrors> = {};
  const sourceOrgError = sourceOrg.trim() ? (sourceOrg.length > 200 ? 'The organization name is too long.' : undefined) : 'Enter who counted or reported these figures.';
  rows.forEach((row, index) => {
    if (BULK_COLUMNS.every((column) => !row[column]?.trim())) return;
    const errors: BulkRowErrors = {};
    const filled = FIGURE_COLUMNS.filter((column) => row[column]?.trim());
    if (filled.length === 0) errors.trucks = 'Enter at least one figure in this row.';
    for (const metric of filled) {
      const figure = parseFigureText(row[metric]);
      if (!figure.ok) {
        errors[metric] = figure.message;
        continue;
      }
      const result = FactInputSchema.safeParse({ metric, ...figure.reading, unit: DEFAULT_UNIT[metric], location: row.location, date: row.date, datePrecision: 'day', sourceOrg: sourceOrg || '-', excerpt: row.note });
      if (result.success) facts.push(result.data);
      else for (const issue of result.error.issues) errors[columnOf(String(issue.path[0]), metric)] ??= issue.message;
    }
    if (Object.keys(errors).length > 0) rowErrors[index] = errors;
  });
  if (facts.length === 0 && Object.keys(rowErrors).length === 0) rowErrors[0] = { date: 'Fill in at least one row.' };
  if (Object.keys(rowErrors).length > 0 || sourceOrgError) return { ok: false, rowErrors, sourceOrgError };
  return { ok: true, facts };
}

function columnOf(path: string, metric: BulkColumn): BulkColumn {
  if (path === 'date' || path === 'location') return path;
  if (path === 'excerpt') return 'note';
  return metric;
}

/** Cells copied from a spreadsheet arrive as tab-separated lines. */
export function parsePastedCells(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}
