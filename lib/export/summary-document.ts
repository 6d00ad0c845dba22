import type { Summary } from '@/lib/export/summary';
import type { ExportContext } from '@/lib/export/types';

/** What the PDF and Markdown situation summaries are made from. */
export type SummaryDocument = { context: ExportContext; summary: Summary };

/** "Situation summary: Baghouz, al-Hol camp" — the places filtered on, else the places counted. */
export function summaryTitle({ context }: SummaryDocument): string {
  const places = context.locationNames;
  if (places.length === 0) return 'Situation summary';
  const named = places.length <= 3 ? places.join(', ') : `${places.slice(0, 3).join(', ')} and ${places.length - 3} more`;
  return `Situation summary: ${named}`;
}
