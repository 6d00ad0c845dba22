import { exactValueOf, type ExportFact, type ExportPlace } from '@/lib/export/types';

/**
 * The columns of the tabular exports (CSV and the XLSX "Facts" sheet), in order, each with its
 * human header, its HXL 1.1 hashtag and how to read it from a fact. One list, so the formats agree.
 * Why each tag was chosen, and the attributes of Sitrep's own: docs/hxl.md. The CSV import reads
 * these headers back (lib/import/columns.ts), so an export imports as it is.
 */
export type FactColumn = {
  key: string;
  header: string;
  hxl: string;
  type: 'number' | 'date' | 'text';
  read: (fact: ExportFact) => string | number | null;
};

const placeName = (place: ExportPlace | null) => place?.name ?? null;

export const FACT_COLUMNS: readonly FactColumn[] = [
  { key: 'date', header: 'Date', hxl: '#date', type: 'date', read: (f) => f.date },
  { key: 'periodStart', header: 'Period start', hxl: '#date+start', type: 'date', read: (f) => f.periodStart },
  { key: 'datePrecision', header: 'Date precision', hxl: '#meta+precision', type: 'text', read: (f) => f.kind.datePrecision },
  { key: 'metric', header: 'Metric', hxl: '#indicator+code', type: 'text', read: (f) => f.kind.metric },
  { key: 'measure', header: 'Measure', hxl: '#indicator+type', type: 'text', read: (f) => f.kind.measure },
  { key: 'value', header: 'Value', hxl: '#indicator+num', type: 'number', read: exactValueOf },
  { key: 'low', header: 'Low', hxl: '#indicator+low', type: 'number', read: (f) => f.low },
  { key: 'high', header: 'High', hxl: '#indicator+high', type: 'number', read: (f) => f.high },
  { key: 'qualifier', header: 'Qualifier', hxl: '#indicator+qualifier', type: 'text', read: (f) => f.kind.qualifier },
  { key: 'unit', header: 'Unit', hxl: '#indicator+unit', type: 'text', read: (f) => f.kind.unit },
  { key: 'countryCode', header: 'Country code', hxl: '#country+code', type: 'text', read: (f) => f.place.countryCode },
  { key: 'adm1', header: 'Admin 1', hxl: '#adm1+name', type: 'text', read: (f) => f.place.adm1?.name ?? null },
  { key: 'adm1Code', header: 'Admin 1 code', hxl: '#adm1+code', type: 'text', read: (f) => f.place.adm1?.code ?? null },
  { key: 'location', header: 'Location', hxl: '#loc+name', type: 'text', read: (f) => f.place.name },
  { key: 'locationCode', header: 'Location code', hxl: '#loc+code', type: 'text', read: (f) => f.place.code },
  { key: 'locationKind', header: 'Location kind', hxl: '#loc+type', type: 'text', read: (f) => f.place.kind },
  { key: 'parent', header: 'Parent location', hxl: '#loc+parent', type: 'text', read: (f) => f.place.parentName },
  { key: 'latitude', header: 'Latitude', hxl: '#geo+lat', type: 'number', read: (f) => f.place.latitude },
  { key: 'longitude', header: 'Longitude', hxl: '#geo+lon', type: 'number', read: (f) => f.place.longitude },
  { key: 'origin', header: 'Origin', hxl: '#loc+origin', type: 'text', read: (f) => placeName(f.origin) },
  { key: 'destination', header: 'Destination', hxl: '#loc+dest', type: 'text', read: (f) => placeName(f.destination) },
  { key: 'sourceOrg', header: 'Source organization', hxl: '#org+name', type: 'text', read: (f) => f.sourceOrg.name },
  { key: 'reportTitle', header: 'Report title', hxl: '#meta+source', type: 'text', read: (f) => f.source?.title ?? null },
  { key: 'reportPublisher', header: 'Report publisher', hxl: '#meta+publisher', type: 'text', read: (f) => f.source?.publisher ?? null },
  { key: 'reportDate', header: 'Report date', hxl: '#date+reported', type: 'date', read: (f) => f.source?.date ?? null },
  { key: 'reportUrl', header: 'Report URL', hxl: '#meta+url', type: 'text', read: (f) => f.source?.url ?? null },
  { key: 'excerpt', header: 'Excerpt', hxl: '#description', type: 'text', read: (f) => f.excerpt },
  { key: 'sensitivity', header: 'Sensitivity', hxl: '#meta+sensitivity', type: 'text', read: (f) => f.kind.sensitivity },
  { key: 'factId', header: 'Fact ID', hxl: '#meta+id', type: 'text', read: (f) => f.id },
];
