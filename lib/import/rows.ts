import { METRIC_LABELS, METRICS, DEFAULT_UNIT, type Metric } from '@/lib/facts/vocabulary';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';
import { parseFigureText } from '@/lib/validation/figure-text';
import type { ColumnMap, ImportField } from '@/lib/import/columns';

export type RowReading = { ok: true; fact: FactInput } | { ok: false; problems: string[] };

const MAX_CELL = 5_000;
const METRIC_BY_LABEL = new Map<string, Metric>(METRICS.flatMap((metric) => [[metric, metric], [METRIC_LABELS[metric].toLowerCase(), metric]]));

const FIELD_WORDS: Record<string, string> = {
  metric: 'Metric', low: 'Value', high: 'Value', qualifier: 'Value', value: 'Value', unit: 'Unit', location: 'Location',
  date: 'Date', datePrecision: 'Date precision', sourceOrg: 'Organization', excerpt: 'Excerpt', sensitivity: 'Visibility',
};

/**
 * One CSV row as a validated fact, or the problems in words a person can fix in their
 * spreadsheet. Uses FactInputSchema like every other door.
 */
export function readImportRow(cells: string[], columns: ColumnMap): RowReading {
  const raw: Partial<Record<ImportField, string>> = {};
  for (const [index, field] of columns) raw[field] = unneutralize((cells[index] ?? '').slice(0, MAX_CELL + 1));
  const problems: string[] = [];
  const metric = METRIC_BY_LABEL.get((raw.metric ?? '').trim().toLowerCase()) ?? raw.metric;
  let figure: { low: unknown; high: unknown; qualifier: unknown } = { low: raw.low, high: raw.high, qualifier: raw.qualifier };
  if (raw.low?.trim() || raw.high?.trim()) {
    figure = { low: raw.low, high: raw.high || raw.low, qualifier: raw.qualifier?.trim() || (raw.low === (raw.high || raw.low) ? 'exact' : 'range') };
  } else {
    const parsed = parseFigureText(raw.value ?? '');
    if (parsed.ok) figure = parsed.reading;
    else problems.push(`Value: ${parsed.message}`);
  }
  for (const [field, value] of Object.entries(raw)) if (value.length > MAX_CELL) problems.push(`${FIELD_WORDS[field] ?? field}: far too long (at most ${MAX_CELL} characters).`);
  const result = FactInputSchema.safeParse({
    ...raw,
    ...figure,
    metric,
    unit: raw.unit?.trim() || DEFAULT_UNIT[metric as Metric] || '',
    datePrecision: raw.datePrecision?.trim() || 'day',
    sensitivity: raw.sensitivity?.trim() || 'public',
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!(FIELD_WORDS[field] === 'Value' && problems.length > 0)) problems.push(`${FIELD_WORDS[field] ?? field}: ${issue.message}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems: [...new Set(problems)] } : result.success ? { ok: true, fact: result.data } : { ok: false, problems };
}

/**
 * Sitrep's export writes a leading apostrophe before =, +, - and @ so that spreadsheets do not
 * run a cell as a formula; importing that file back removes it so the text round-trips.
 */
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
