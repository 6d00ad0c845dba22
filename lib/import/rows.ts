import { DEFAULT_UNIT, defaultMeasure, MOVEMENT_METRICS, type LocationKind, type Measure } from '@/lib/facts/vocabulary';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';
import { parseFigureText } from '@/lib/validation/figure-text';
import type { ColumnMap, ImportField } from '@/lib/import/columns';
import * as cell from '@/lib/import/cells';

/** What the import knows of a row's place, to fill in what the place does not have yet. */
export type ImportPlace = {
  name: string;
  pcode: string | null;
  kind: LocationKind | null;
  parent: string | null;
  countryIso3: string | null;
  adm1: { name: string; code: string | null } | null;
  latitude: number | null;
  longitude: number | null;
};

/** A row as a fact (checked by FactInputSchema like every other door) with what an import adds. */
export type ImportedFact = FactInput & {
  measure: Measure;
  periodStart: string | null;
  origin: string | null;
  destination: string | null;
  place: ImportPlace;
  sourceTitle: string | null;
  sourceUrl: string | null;
};

export type RowReading = { ok: true; fact: ImportedFact } | { ok: false; problems: string[] };

const MAX_CELL = 5_000;

const FIELD_WORDS: Record<ImportField, string> = {
  metric: 'Metric',
  measure: 'Measure',
  value: 'Value',
  low: 'Low',
  high: 'High',
  qualifier: 'Qualifier',
  unit: 'Unit',
  date: 'Date',
  periodStart: 'Period start',
  datePrecision: 'Date precision',
  location: 'Location',
  locationCode: 'Location code',
  locationKind: 'Location kind',
  parent: 'Parent location',
  countryCode: 'Country code',
  adm1: 'Admin 1',
  adm1Code: 'Admin 1 code',
  latitude: 'Latitude',
  longitude: 'Longitude',
  origin: 'Origin',
  destination: 'Destination',
  sourceOrg: 'Organization',
  reportTitle: 'Report title',
  reportUrl: 'Report URL',
  excerpt: 'Excerpt',
  sensitivity: 'Visibility',
};
const SCHEMA_FIELD_WORDS: Record<string, string> = { ...FIELD_WORDS, low: 'Value', high: 'Value', qualifier: 'Value' };

/**
 * One CSV row as a fact, or every problem of the row at once, each naming its column, quoting the
 * cell and saying what to write. Cells are read one by one (lib/import/cells.ts); FactInputSchema
 * then checks what involves several cells, for the cells that had no problem of their own.
 */
export function readImportRow(cells: string[], columns: ColumnMap): RowReading {
  const raw: Partial<Record<ImportField, string>> = {};
  for (const [index, field] of columns) raw[field] = unneutralize(cells[index] ?? '');
  const problems = new Map<string, string>();
  const read = <T>(field: ImportField, reading: (text: string) => cell.CellReading<T>): T | undefined => {
    const text = raw[field] ?? '';
    const result: cell.CellReading<T> =
      text.length > MAX_CELL ? { ok: false, problem: `far too long (at most ${MAX_CELL} characters).` } : reading(text);
    if (result.ok) return result.value;
    problems.set(FIELD_WORDS[field], result.problem);
    return undefined;
  };
  const text = (field: ImportField, max = 200) => read(field, (value) => cell.readText(value, max)) ?? null;
  const metric = read('metric', cell.readMetric);
  const figure = readFigure(raw, read);
  const date = read('date', (value) => cell.readDay(value, { required: true }));
  const periodStart = read('periodStart', (value) => cell.readDay(value, { required: false })) ?? null;
  if (date && periodStart && periodStart > date)
    problems.set('Period start', `'${periodStart}' is after the date ${date}: a period starts on or before its last day.`);
  const origin = text('origin');
  const destination = text('destination');
  if (metric && !MOVEMENT_METRICS.has(metric) && (origin || destination)) {
    problems.set(
      origin ? 'Origin' : 'Destination',
      `only movements (${[...MOVEMENT_METRICS].join(', ')}) have an origin and a destination, not ${metric}.`,
    );
  }
  const place = readPlace(text, read);
  const fact = {
    metric,
    ...figure,
    // Without a metric there is no default unit to miss: the metric's own problem says enough.
    unit: text('unit', 50) ?? (metric ? DEFAULT_UNIT[metric] : 'unknown'),
    location: place.name,
    date,
    datePrecision: read('datePrecision', cell.readPrecision),
    sourceOrg: text('sourceOrg') ?? '',
    excerpt: text('excerpt', MAX_CELL) ?? '',
    sensitivity: read('sensitivity', cell.readSensitivity),
  };
  const result = FactInputSchema.safeParse(fact);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const word = SCHEMA_FIELD_WORDS[String(issue.path[0] ?? '')] ?? String(issue.path[0] ?? '');
      if (!problems.has(word) && !(word === 'Value' && (problems.has('Low') || problems.has('High')))) problems.set(word, issue.message);
    }
  }
  const measure = read('measure', (value) => cell.readMeasure(value, metric ? defaultMeasure(metric) : 'flow'));
  if (problems.size > 0 || !result.success || !measure)
    return { ok: false, problems: [...problems].map(([word, problem]) => `${word}: ${problem}`) };
  return {
    ok: true,
    fact: {
      ...result.data,
      measure,
      periodStart,
      origin,
      destination,
      place: { ...place, name: result.data.location },
      sourceTitle: text('reportTitle', 500),
      sourceUrl: text('reportUrl', 2_000),
    },
  };
}

type Read = <T>(field: ImportField, reading: (text: string) => cell.CellReading<T>) => T | undefined;

/** Low and high when the file has them (an export always does), else the figure text of the value column. */
function readFigure(raw: Partial<Record<ImportField, string>>, read: Read) {
  if (raw.low?.trim() || raw.high?.trim()) {
    const low = read('low', cell.readCount) ?? undefined;
    const high = read('high', cell.readCount) ?? low;
    const qualifier = read('qualifier', cell.readQualifier) ?? (low === high ? 'exact' : 'range');
    return { low, high, qualifier };
  }
  const parsed = parseFigureText(raw.value ?? '');
  if (parsed.ok) return parsed.reading;
  read('value', (value) => ({ ok: false, problem: value.trim() ? `${cell.quoted(value)}: ${parsed.message}` : parsed.message }));
  return { low: undefined, high: undefined, qualifier: undefined };
}

function readPlace(text: (field: ImportField, max?: number) => string | null, read: Read): ImportPlace {
  const adm1 = text('adm1');
  return {
    name: text('location') ?? '',
    pcode: text('locationCode', 50),
    kind: read('locationKind', cell.readLocationKind) ?? null,
    parent: text('parent'),
    countryIso3: read('countryCode', cell.readCountryCode) ?? null,
    adm1: adm1 ? { name: adm1, code: text('adm1Code', 50) } : null,
    latitude: read('latitude', (value) => cell.readDegrees(value, 90)) ?? null,
    longitude: read('longitude', (value) => cell.readDegrees(value, 180)) ?? null,
  };
}

/**
 * Sitrep's export writes a leading apostrophe before =, +, - and @ so that spreadsheets do not
 * run a cell as a formula; importing that file back removes it so the text round-trips.
 */
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
