import { valueOf, type ExportFact } from '@/lib/export/types';

/**
 * The columns of the tabular exports (CSV and the XLSX "Facts" sheet), in order, each with its
 * human header, its HXL 1.1 hashtag and how to read it from a fact. One list, so the formats agree.
 */
export type FactColumn = {
  key: string;
  header: string;
  hxl: string;
  type: 'number' | 'date' | 'text';
  read: (fact: ExportFact) => string | number | null;
};

export const FACT_COLUMNS: readonly FactColumn[] = [
  { key: 'value', header: 'Value', hxl: '#indicator+value+num', type: 'number', read: valueOf },
  { key: 'low', header: 'Low', hxl: '#indicator+value+min+num', type: 'number', read: (f) => f.low },
  { key: 'high', header: 'High', hxl: '#indicator+value+max+num', type: 'number', read: (f) => f.high },
  { key: 'qualifier', header: 'Qualifier', hxl: '#indicator+qualifier', type: 'text', read: (f) => f.kind.qualifier },
  { key: 'unit', header: 'Unit', hxl: '#indicator+unit', type: 'text', read: (f) => f.kind.unit },
  { key: 'metric', header: 'Metric', hxl: '#indicator+type+code', type: 'text', read: (f) => f.kind.metric },
  { key: 'location', header: 'Location', hxl: '#loc+name', type: 'text', read: (f) => f.place.name },
  { key: 'locationCode', header: 'Location code', hxl: '#loc+code', type: 'text', read: (f) => f.place.code },
  { key: 'date', header: 'Date', hxl: '#date', type: 'date', read: (f) => f.date },
  { key: 'datePrecision', header: 'Date precision', hxl: '#date+precision', type: 'text', read: (f) => f.kind.datePrecision },
  { key: 'sourceOrg', header: 'Source organization', hxl: '#org+source+name', type: 'text', read: (f) => f.sourceOrg.name },
  { key: 'reportTitle', header: 'Report title', hxl: '#meta+report+title', type: 'text', read: (f) => f.source?.title ?? null },
  { key: 'reportPublisher', header: 'Report publisher', hxl: '#meta+report+publisher', type: 'text', read: (f) => f.source?.publisher ?? null },
  { key: 'reportDate', header: 'Report date', hxl: '#date+reported', type: 'date', read: (f) => f.source?.date ?? null },
  { key: 'reportUrl', header: 'Report URL', hxl: '#meta+report+url', type: 'text', read: (f) => f.source?.url ?? null },
  { key: 'excerpt', header: 'Excerpt', hxl: '#description+excerpt', type: 'text', read: (f) => f.excerpt },
  { key: 'sensitivity', header: 'Sensitivity', hxl: '#meta+sensitivity', type: 'text', read: (f) => f.kind.sensitivity },
  { key: 'factId', header: 'Fact ID', hxl: '#meta+id', type: 'text', read: (f) => f.id },
];
