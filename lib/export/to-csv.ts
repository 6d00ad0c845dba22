import { FACT_COLUMNS } from '@/lib/export/columns';
import { hxlHashtagRow } from '@/lib/export/hxl';
import { type ExportFact, type ExportKind, type ExportOrganization, type ExportPlace, type ExportSource } from '@/lib/export/types';

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

/** Excel on Windows reads a CSV without it as the local code page ("â€”" for every dash). */
export const UTF8_BOM = '\uFEFF';

/**
 * The header line, and under it the HXL hashtag row unless plain CSV was asked for; a UTF-8
 * byte-order mark first unless the caller's tool dislikes it (`bom=0`).
 */
export function csvHeader({ hxl, bom = true }: { hxl: boolean; bom?: boolean }): string {
  const header = csvLine(FACT_COLUMNS.map((column) => column.header));
  return (bom ? UTF8_BOM : '') + (hxl ? header + csvLine(hxlHashtagRow()) : header);
}

/**
 * One fact as a CSV line, in FACT_COLUMNS order (a unit test holds the two together). Written
 * out rather than looped over the column list: this runs a million times per large export. The
 * cells of a kind, a place, an organization and a source are escaped once per object and reused.
 */
export function csvFactLine(fact: ExportFact): string {
  const kind = kindCells(fact.kind);
  return `${csvCell(fact.date)},${csvCell(fact.periodStart)},${kind.described}${numberCells(fact)}${kind.counted}${placeCells(fact.place)},${movementCells(fact)},${organizationCell(fact.sourceOrg)},${sourceCells(fact.source)},${csvCell(fact.excerpt)},${kind.sensitivity},${csvCell(fact.id)}\r\n`;
}

/** Value, low and high, with the comma after each: a range has no value, never its midpoint. */
function numberCells(fact: ExportFact): string {
  const low = numberCell(fact.low);
  if (fact.high === fact.low) return `${low},${low},${low},`;
  return `,${low},${numberCell(fact.high)},`;
}

function numberCell(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : '';
}

function movementCells(fact: ExportFact): string {
  return `${fact.origin ? placeNameCell(fact.origin) : ''},${fact.destination ? placeNameCell(fact.destination) : ''}`;
}

/** Makes each object's cells once: kinds, places, organizations and sources repeat across many facts. */
function renderedOnce<T extends object, Cells>(render: (item: T) => Cells): (item: T) => Cells {
  const rendered = new WeakMap<T, Cells>();
  return (item) => {
    let cells = rendered.get(item);
    if (cells === undefined) {
      cells = render(item);
      rendered.set(item, cells);
    }
    return cells;
  };
}

// Built with join, so each is one flat string: a template literal would leave a rope for the encoder to walk per row.
const kindCells = renderedOnce((kind: ExportKind) => ({
  described: [csvCell(kind.datePrecision), csvCell(kind.metric), csvCell(kind.measure), ''].join(','),
  counted: [csvCell(kind.qualifier), csvCell(kind.unit), ''].join(','),
  sensitivity: csvCell(kind.sensitivity),
}));
const placeCells = renderedOnce((place: ExportPlace) =>
  [
    csvCell(place.countryCode),
    csvCell(place.adm1?.name),
    csvCell(place.adm1?.code),
    csvCell(place.name),
    csvCell(place.code),
    csvCell(place.kind),
    csvCell(place.parentName),
    numberCell(place.latitude),
    numberCell(place.longitude),
  ].join(','),
);
const placeNameCell = renderedOnce((place: ExportPlace) => csvCell(place.name));
const organizationCell = renderedOnce((organization: ExportOrganization) => csvCell(organization.name));
const reportCells = renderedOnce((source: ExportSource) =>
  [csvCell(source.title), csvCell(source.publisher), csvCell(source.date), csvCell(source.url)].join(','),
);

function sourceCells(source: ExportSource | null): string {
  return source === null ? ',,,' : reportCells(source);
}
