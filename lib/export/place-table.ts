import { keyMessages, type KeyMessage } from '@/lib/export/key-messages';
import { lineKey, type MetricSummary } from '@/lib/export/summary';
import { splitKeyFigures, summaryPeriod, type SummaryDocument } from '@/lib/export/summary-document';
import { formatFigure } from '@/lib/format';

/** What the PDF and Markdown summaries open with and add by place, shaped once for both. */
export type PlaceTable = { columns: MetricSummary[]; rows: { place: string; cells: string[] }[] };

const MAX_COLUMNS = 5;

/** The key figures' metrics (at most five, as many as fit an A4 width) per place; "—" where a place reports none. */
export function placeTable({ summary }: SummaryDocument): PlaceTable {
  const columns = splitKeyFigures(summary.metrics).cards.slice(0, MAX_COLUMNS);
  const rows = summary.places.map(({ place, figures }) => ({
    place,
    cells: columns.map((column) => {
      const figure = figures[lineKey(column.metric, column.unit)];
      return figure ? formatFigure(figure) : '—';
    }),
  }));
  return { columns, rows: rows.filter((row) => row.cells.some((cell) => cell !== '—')) };
}

export function summaryKeyMessages(document: SummaryDocument): KeyMessage[] {
  const period = summaryPeriod(document);
  return period ? keyMessages(splitKeyFigures(document.summary.metrics).cards, period) : [];
}
