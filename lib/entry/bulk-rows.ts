import { DEFAULT_UNIT, MEASURES, METRIC_LABELS } from '@/lib/facts/vocabulary';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';
import { parseFigureText } from '@/lib/validation/figure-text';

/** The daily log's columns, in the order a pasted spreadsheet fills them. */
export const BULK_COLUMNS = [
  'date',
  'location',
  'trucks',
  'convoys',
  'people_departed',
  'people_arrived',
  'note',
  'measure',
  'periodStart',
  'origin',
  'destination',
] as const;
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
  measure: 'Measure',
  periodStart: 'Period start',
  origin: 'From',
  destination: 'To',
};

export function emptyBulkRow(): BulkRow {
  return {
    date: '',
    location: '',
    trucks: '',
    convoys: '',
    people_departed: '',
    people_arrived: '',
    note: '',
    measure: '',
    periodStart: '',
    origin: '',
    destination: '',
  };
}

export type BulkReading =
  { ok: true; facts: FactInput[] } | { ok: false; rowErrors: Record<number, BulkRowErrors>; sourceOrgError?: string };

/**
 * Each filled row gives one fact per figure it has (trucks, departures…), all checked by
 * FactInputSchema. Blank rows are ignored; a row with a place or date but no figure is an error.
 * Every problem of a row is reported at once, one per cell, quoting what was typed.
 */
export function readBulkRows(rows: BulkRow[], sourceOrg: string): BulkReading {
  const facts: FactInput[] = [];
  const rowErrors: Record<number, BulkRowErrors> = {};
  const sourceOrgError = sourceOrg.trim()
    ? sourceOrg.length > 200
      ? 'The organization name is too long.'
      : undefined
    : 'Enter who counted or reported these figures.';
  rows.forEach((row, index) => {
    if (BULK_COLUMNS.every((column) => !row[column]?.trim())) return;
    const { facts: rowFacts, errors } = readRow(row, sourceOrg);
    if (Object.keys(errors).length > 0) rowErrors[index] = errors;
    else facts.push(...rowFacts);
  });
  if (facts.length === 0 && Object.keys(rowErrors).length === 0) rowErrors[0] = { date: 'Fill in at least one row.' };
  if (Object.keys(rowErrors).length > 0 || sourceOrgError) return { ok: false, rowErrors, sourceOrgError };
  return { ok: true, facts };
}

function readRow(row: BulkRow, sourceOrg: string): { facts: FactInput[]; errors: BulkRowErrors } {
  const errors: BulkRowErrors = {};
  const facts: FactInput[] = [];
  const note = (column: BulkColumn, message: string) => (errors[column] ??= quoted(row[column], message));
  const filled = FIGURE_COLUMNS.filter((column) => row[column]?.trim());
  if (filled.length === 0) errors.trucks = 'Enter at least one figure in this row.';
  const measure = row.measure.trim().toLowerCase();
  if (measure && !(MEASURES as readonly string[]).includes(measure))
    note('measure', `is not a measure: choose one of ${MEASURES.join(', ')}, or leave it empty.`);
  // The row's own cells are checked even when no figure can be read, so all its problems show at once.
  for (const metric of filled.length ? filled : (['trucks'] as const)) {
    const figure = parseFigureText(row[metric] || '1');
    if (!figure.ok) note(metric, figure.message);
    const reading = figure.ok ? figure.reading : { low: 1, high: 1, qualifier: 'exact' };
    const shared = {
      unit: DEFAULT_UNIT[metric],
      location: row.location,
      date: row.date,
      datePrecision: 'day',
      sourceOrg: sourceOrg || '-',
      excerpt: row.note,
    };
    const route = {
      measure: errors.measure ? undefined : measure,
      periodStart: row.periodStart,
      origin: row.origin,
      destination: row.destination,
    };
    const result = FactInputSchema.safeParse({ metric, ...reading, ...shared, ...route });
    if (!result.success) for (const issue of result.error.issues) note(columnOf(String(issue.path[0]), metric), issue.message);
    else if (figure.ok && filled.length) facts.push(result.data);
  }
  return { facts, errors };
}

/** "'14/03/2019': Enter the date as YYYY-MM-DD…": the message names what was typed. */
function quoted(value: string | undefined, message: string): string {
  const typed = value?.trim();
  if (!typed) return message;
  const shown = typed.length > 40 ? `${typed.slice(0, 40)}…` : typed;
  return message.startsWith('is ') ? `'${shown}' ${message}` : `'${shown}': ${message}`;
}

function columnOf(path: string, metric: BulkColumn): BulkColumn {
  if (path === 'date' || path === 'location' || path === 'measure' || path === 'periodStart' || path === 'origin' || path === 'destination')
    return path;
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
