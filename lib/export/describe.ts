import { METRIC_LABELS, type Metric } from '@/lib/facts/vocabulary';
import { formatDay } from '@/lib/format';
import type { ExportContext } from '@/lib/export/types';

/** The filters of an export as a sentence people can read in a file they were sent. */
export function describeFilters(context: ExportContext): string {
  const parts = [describePeriod(context.filters.from, context.filters.to)];
  if (context.orgNames.length) parts.push(`organizations: ${context.orgNames.join(', ')}`);
  if (context.locationNames.length) parts.push(`locations: ${context.locationNames.join(', ')}`);
  if (context.filters.metrics.length) parts.push(`metrics: ${context.filters.metrics.map((m) => METRIC_LABELS[m as Metric]).join(', ')}`);
  parts.push(context.includesRestricted ? "public and your organization's restricted figures" : 'public figures only');
  return parts.join('; ');
}

export function describePeriod(from: string | null, to: string | null): string {
  if (from && to) return `${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `from ${formatDay(from)}`;
  if (to) return `until ${formatDay(to)}`;
  return 'all dates';
}

/** File names carry the period, so several exports of a crisis sort and read well in a folder. */
export function exportFileName(kind: 'facts' | 'facts-hxl' | 'summary', from: string | null, to: string | null, extension: string): string {
  const period = from || to ? `${from ?? 'start'}_to_${to ?? 'latest'}` : 'all-dates';
  return `sitrep-${kind}_${period}.${extension}`;
}
