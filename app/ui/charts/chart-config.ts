import type { ChartConfig } from '@/app/ui/charts/chart-container';
import { METRIC_LABELS, METRICS } from '@/lib/facts/vocabulary';

/** Every metric's series: its label and its colour variable (app/globals.css), so one metric looks the same everywhere. */
export const METRIC_CHART_CONFIG: ChartConfig = Object.fromEntries(
  METRICS.map((metric) => [metric, { label: METRIC_LABELS[metric], color: `var(--chart-${metric.replaceAll('_', '-')})` }]),
);

/** Colours for places on stock charts (five, distinguishable for common colour-vision deficiencies), reused in turn. */
export function placeColor(index: number): string {
  return `var(--chart-place-${(index % 5) + 1})`;
}
