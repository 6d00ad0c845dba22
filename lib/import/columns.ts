/** The fields an import row may fill; `value` is a figure as text ("about 2,000"), like the form's. */
export const IMPORT_FIELDS = ['metric', 'value', 'low', 'high', 'qualifier', 'unit', 'location', 'date', 'datePrecision', 'sourceOrg', 'excerpt', 'sensitivity'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field. Columns we do not know (id, status, report…) are ignored. */
export type ColumnMap = Map<number, ImportField>;

const HEADER_NAMES: Record<string, ImportField> = {
  metric: 'metric', indicator: 'metric', whatiscounted: 'metric',
  value: 'value', figure: 'value', count: 'value', number: 'value', amount: 'value',
  low: 'low', lowerbound: 'low', min: 'low', minimum: 'low',
  high: 'high', upperbound: 'high', max: 'high', maximum: 'high',
  qualifier: 'qualifier',
  unit: 'unit', units: 'unit',
  location: 'location', place: 'location', site: 'location', loc: 'location',
  date: 'date', day: 'date',
  dateprecision: 'datePrecision', precision: 'datePrecision',
  sourceorg: 'sourceOrg', source: 'sourceOrg', sourceorganization: 'sourceOrg', organization: 'sourceOrg', organisation: 'sourceOrg', org: 'sourceOrg',
  excerpt: 'excerpt', note: 'excerpt', notes: 'excerpt', quote: 'excerpt',
  sensitivity: 'sensitivity', visibility: 'sensitivity',
};

/** A row of HXL hashtags (#date, #org, #loc…) under the header, as humanitarian data exchange files carry. */
export function isHxlTagRow(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((cell) => /^#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*$/i.test(cell));
}

/** Maps the header row (and the HXL tag row when there is one); a known header name wins over its tag. */
export function mapColumns(header: string[], hxlTags: string[] | null): ColumnMap {
  const map: ColumnMap = new Map();
  header.forEach((name, index) => {
    const field = HEADER_NAMES[name.toLowerCase().replace(/[^a-z]/g, '')] ?? (hxlTags ? fieldOfHxlTag(hxlTags[index] ?? '') : undefined);
    if (field && ![...map.values()].includes(field)) map.set(index, field);
  });
  return map;
}

const META_ATTRIBUTES: Record<string, ImportField> = {
  qualifier: 'qualifier',
  unit: 'unit',
  sensitivity: 'sensitivity',
  excerpt: 'excerpt',
  quote: 'excerpt',
  precision: 'datePrecision',
};

/** "#affected+num+min" → low; "#org+source" → sourceOrg; unknown tags → undefined. */
export function fieldOfHxlTag(tag: string): ImportField | undefined {
  const [base, ...attributes] = tag.toLowerCase().replace(/\s+/g, '').replace(/^#/, '').split('+');
  const has = (attribute: string) => attributes.includes(attribute);
  const bound = has('min') ? 'low' : has('max') ? 'high' : 'value';
  switch (base) {
    case 'date':
      return has('precision') ? 'datePrecision' : 'date';
    case 'org':
      return 'sourceOrg';
    case 'loc':
    case 'adm1':
    case 'adm2':
    case 'adm3':
      return 'location';
    case 'affected':
    case 'reached':
    case 'inneed':
    case 'value':
      return bound;
    case 'indicator':
      if (has('num') || has('value')) return bound;
      if (has('unit')) return 'unit';
      if (has('qualifier')) return 'qualifier';
      return 'metric';
    case 'meta':
      return Object.entries(META_ATTRIBUTES).find(([attribute]) => has(attribute))?.[1];
    case 'description':
    case 'narrative':
      return 'excerpt';
    default:
      return undefined;
  }
}

/** What a file must have for its rows to be facts: a metric, a figure, a place, a date and a source. */
export function missingColumns(map: ColumnMap): string[] {
  const fields = new Set(map.values());
  const missing: string[] = [];
  if (!fields.has('metric')) missing.push('metric');
  if (!fields.has('value') && !(fields.has('low') && fields.has('high'))) missing.push('value (or low and high)');
  for (const field of ['location', 'date', 'sourceOrg'] as const) if (!fields.has(field)) missing.push(field === 'sourceOrg' ? 'source organization' : field);
  return missing;
}
