import { placeTable, summaryKeyMessages } from '@/lib/export/place-table';
import { comparisonHeading, comparisonText } from '@/lib/export/summary-comparison';
import type { MetricSummary } from '@/lib/export/summary';
import type { SummaryDocument } from '@/lib/export/summary-document';

/** The Markdown summary's key messages and table by place; `escape` is to-markdown's escaper. */
export function keyMessageLines(document: SummaryDocument, escape: (text: string) => string): string[] {
  const messages = summaryKeyMessages(document);
  if (messages.length === 0) return [];
  return [
    '## Key messages',
    '',
    ...messages.map(
      (message, index) => `${index + 1}. ${escape(message.text)} *Sources: ${escape(message.sources.join(', ') || 'unknown')}.*`,
    ),
    '',
  ];
}

export function placeTableLines(document: SummaryDocument, escape: (text: string) => string): string[] {
  const { columns, rows } = placeTable(document);
  if (rows.length === 0) return [];
  const head = columns.map((column) => escape(`${column.label} (${column.unit}${column.kind === 'stock' ? ', latest' : ''})`));
  return [
    '## By place',
    '',
    `| Place | ${head.join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...rows.map((row) => `| ${escape(row.place)} | ${row.cells.join(' | ')} |`),
    '',
  ];
}

/** Each key figure against the period before, worded as its dashboard card ("no comparable figures"). */
export function comparisonLines(document: SummaryDocument, cards: readonly MetricSummary[], escape: (text: string) => string): string[] {
  const { comparison } = document;
  if (!comparison || cards.length === 0) return [];
  return [
    escape(comparisonHeading(comparison)),
    '',
    ...cards.map((card) => `- ${escape(`${card.label}: ${comparisonText(comparison, card)}`)}`),
    '',
  ];
}
