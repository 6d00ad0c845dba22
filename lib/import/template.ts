import { FACT_COLUMNS } from '@/lib/export/columns';
import { csvLine, UTF8_BOM } from '@/lib/export/to-csv';

/** Columns of the export that an import does not read back: they are left out of the template. */
const NOT_IMPORTED = new Set(['reportPublisher', 'reportDate', 'factId']);

/** One fictional example row, by column key; the places and organization are invented, not real ones. */
const EXAMPLE: Record<string, string> = {
  date: '2019-03-04',
  periodStart: '2019-03-01',
  datePrecision: 'day',
  metric: 'people_arrived',
  measure: 'cumulative',
  value: '',
  low: '1200',
  high: '1500',
  qualifier: 'range',
  unit: 'people',
  location: 'Fictional Camp North',
  locationKind: 'site',
  parent: 'Fictional Province',
  origin: 'Fictional Town',
  destination: 'Fictional Camp North',
  sourceOrg: 'Example Relief Agency',
  reportTitle: 'Example situation update 3',
  reportUrl: 'https://example.org/update-3',
  excerpt: 'Between 1,200 and 1,500 people have arrived since 1 March.',
  sensitivity: 'public',
};

/**
 * The CSV template offered on the import page: the export's own columns (so a filled template and
 * an export are read the same way), the HXL hashtag row, and one example row to overwrite.
 */
export function importTemplateCsv(): string {
  const columns = FACT_COLUMNS.filter((column) => !NOT_IMPORTED.has(column.key));
  return `${UTF8_BOM}${csvLine(columns.map((column) => column.header))}${csvLine(columns.map((column) => column.hxl))}${csvLine(columns.map((column) => EXAMPLE[column.key] ?? ''))}`;
}
