import type { Metric } from '@/lib/facts/vocabulary';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';

/** Every chart's series key -> label and colour, so one metric looks the same everywhere. */
export type ChartConfig = Record<string, { label: string; color: string }>;

const METRIC_COLORS: Record<Metric, string> = {
  trucks: '#0b5394',
  convoys: '#3d85c6',
  people_departed: '#b45f06',
  people_arrived: '#38761d',
  camp_population: '#741b47',
  people_displaced: '#bf9000',
  people_trapped: '#990000',
  people_killed: '#434343',
  people_injured: '#a61c00',
  people_in_need: '#1155cc',
  people_reached: '#274e13',
  aid_delivered: '#7f6000',
};

/** Colours for places on stock charts, distinguishable for common colour-vision deficiencies. */
export const PLACE_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9'];

export const METRIC_CHART_CONFIG: ChartConfig = Object.fromEntries(
  (Object.keys(METRIC_COLORS) as Metric[]).map((metric) => [metric, { label: METRIC_LABELS[metric], color: METRIC_COLORS[metric] }]),
);

/**
 * The frame every chart sits in: a fixed height (no layout shift while it loads), hidden from
 * screen readers because the table next to it carries the same numbers as text.
 */
export function ChartContainer({ label, height = 260, children }: { label: string; height?: number; children: React.ReactNode }) {
  return (
    <div aria-hidden="true" data-chart={label} style={{ width: '100%', height }}>
      {children}
    </div>
  );
}
