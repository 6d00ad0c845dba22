/**
 * The fields an import row may fill; `value` is a figure as text ("about 2,000"), like the form's.
 * The place columns describe the row's location: they fill what a place does not have yet
 * (its P-code, kind, parent, country, coordinates), never overwrite it (lib/import/places.ts).
 */
export const IMPORT_FIELDS = [
  'metric',
  'measure',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'date',
  'periodStart',
  'datePrecision',
  'location',
  'locationCode',
  'locationKind',
  'parent',
  'countryCode',
  'adm1',
  'adm1Code',
  'latitude',
  'longitude',
  'origin',
  'destination',
  'sourceOrg',
  'reportTitle',
  'reportUrl',
  'excerpt',
  'sensitivity',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field. Columns we do not know (id, status, report publisher…) are ignored. */
export type ColumnMap = Map<number, ImportField>;

const HEADER_NAMES: Record<string, ImportField> = {
  metric: 'metric',
  indicator: 'metric',
  whatiscounted: 'metric',
  measure: 'measure',
  value: 'value',
  figure: 'value',
  count: 'value',
  number: 'value',
  amount: 'value',
  low: 'low',
  lowerbound: 'low',
  min: 'low',
  minimum: 'low',
  high: 'high',
  upperbound: 'high',
  max: 'high',
  maximum: 'high',
  qualifier: 'qualifier',
  unit: 'unit',
  units: 'unit',
  location: 'location',
  place: 'location',
  site: 'location',
  loc: 'location',
  locationcode: 'locationCode',
  pcode: 'locationCode',
  locationkind: 'locationKind',
  kind: 'locationKind',
  parent: 'parent',
  parentlocation: 'parent',
  within: 'parent',
  countrycode: 'countryCode',
  iso: 'countryCode',
  admin: 'adm1',
  adm: 'adm1',
  admincode: 'adm1Code',
  admcode: 'adm1Code',
  latitude: 'latitude',
  lat: 'latitude',
  longitude: 'longitude',
  lon: 'longitude',
  lng: 'longitude',
  origin: 'origin',
  destination: 'destination',
  date: 'date',
  day: 'date',
  periodstart: 'periodStart',
  since: 'periodStart',
  startdate: 'periodStart',
  dateprecision: 'datePrecision',
  precision: 'datePrecision',
  sourceorg: 'sourceOrg',
  source: 'sourceOrg',
  sourceorganization: 'sourceOrg',
  organization: 'sourceOrg',
  organisation: 'sourceOrg',
  org: 'sourceOrg',
  reporttitle: 'reportTitle',
  reporturl: 'reportUrl',
  url: 'reportUrl',
  sourceurl: 'reportUrl',
  excerpt: 'excerpt',
  note: 'excerpt',
  notes: 'excerpt',
  quote: 'excerpt',
  sensitivity: 'sensitivity',
  visibility: 'sensitivity',
};

/** A row of HXL hashtags (#date, #org, #loc…) under the header, as humanitarian data exchange files carry. */
export function isHxlTagRow(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((cell) => /^#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*$/i.test(cell));
}

/**
 * Maps the header row (and the HXL tag row when there is one); a known header name wins over its
 * tag. A file that names its places only by admin 1 area uses that column as the location.
 */
export function mapColumns(header: string[], hxlTags: string[] | null): ColumnMap {
  const map: ColumnMap = new Map();
  header.forEach((name, index) => {
    const field = HEADER_NAMES[name.toLowerCase().replace(/[^a-z]/g, '')] ?? (hxlTags ? fieldOfHxlTag(hxlTags[index] ?? '') : undefined);
    if (field && ![...map.values()].includes(field)) map.set(index, field);
  });
  const fields = [...map.values()];
  if (!fields.includes('location')) for (const [index, field] of map) if (field === 'adm1') map.set(index, 'location');
  return map;
}

/** "#indicator+num" → value; "#loc+dest" → destination; "#date+start" → periodStart; unknown tags → undefined. */
export function fieldOfHxlTag(tag: string): ImportField | undefined {
  const [base, ...attributes] = tag.toLowerCase().replace(/\s+/g, '').replace(/^#/, '').split('+');
  const has = (attribute: string) => attributes.includes(attribute);
  const pick = (choices: [string, ImportField][], otherwise?: ImportField) =>
    choices.find(([attribute]) => has(attribute))?.[1] ?? otherwise;
  const bound: ImportField =
    pick([
      ['min', 'low'],
      ['low', 'low'],
      ['max', 'high'],
      ['high', 'high'],
    ]) ?? 'value';
  switch (base) {
    case 'date':
      return has('reported')
        ? undefined
        : pick(
            [
              ['start', 'periodStart'],
              ['precision', 'datePrecision'],
            ],
            'date',
          );
    case 'org':
      return 'sourceOrg';
    case 'loc':
      return pick(
        [
          ['origin', 'origin'],
          ['dest', 'destination'],
          ['parent', 'parent'],
          ['code', 'locationCode'],
          ['type', 'locationKind'],
        ],
        'location',
      );
    case 'adm1':
      return has('code') ? 'adm1Code' : 'adm1';
    case 'country':
      return has('code') ? 'countryCode' : undefined;
    case 'geo':
      return pick([
        ['lat', 'latitude'],
        ['lon', 'longitude'],
      ]);
    case 'affected':
    case 'reached':
    case 'inneed':
    case 'population':
    case 'value':
      return bound;
    case 'indicator':
      return fieldOfIndicator(has, bound);
    case 'meta':
      return pick([
        ['precision', 'datePrecision'],
        ['sensitivity', 'sensitivity'],
        ['source', 'reportTitle'],
        ['url', 'reportUrl'],
        ['qualifier', 'qualifier'],
        ['unit', 'unit'],
        ['excerpt', 'excerpt'],
      ]);
    case 'description':
    case 'narrative':
      return 'excerpt';
    default:
      return undefined;
  }
}

function fieldOfIndicator(has: (attribute: string) => boolean, bound: ImportField): ImportField | undefined {
  if (has('code')) return 'metric';
  if (has('num') || has('value') || has('low') || has('high')) return bound;
  if (has('unit')) return 'unit';
  if (has('qualifier')) return 'qualifier';
  if (has('type')) return 'measure';
  return has('name') ? undefined : 'metric';
}

/** What a file must have for its rows to be facts: a metric, a figure, a place, a date and a source. */
export function missingColumns(map: ColumnMap): string[] {
  const fields = new Set(map.values());
  const missing: string[] = [];
  if (!fields.has('metric')) missing.push('metric');
  if (!fields.has('value') && !(fields.has('low') && fields.has('high'))) missing.push('value (or low and high)');
  for (const field of ['location', 'date', 'sourceOrg'] as const)
    if (!fields.has(field)) missing.push(field === 'sourceOrg' ? 'source organization' : field);
  return missing;
}
