'use client';

import { createContext, useContext } from 'react';
import { ResponsiveContainer, Tooltip } from 'recharts';
import { dayTime, formatTimeTick, timeDay, timeTicks, valueTicks } from '@/lib/charts/scale';
import { formatCompact } from '@/lib/format';

/**
 * The one frame every chart sits in, in the way of shadcn's chart container: it owns the
 * responsive wrapper, the series configuration (label and colour per series key, colours as CSS
 * variables `--color-<key>` that series use as `var(--color-<key>)`), the tooltip and the axes'
 * tick formatters. A chart file only maps its data to series.
 */
export type ChartConfig = Record<string, { label: string; color: string }>;

const ChartContext = createContext<ChartConfig>({});

/** Fixed height (no layout shift while it loads); hidden from screen readers, the table beside it has the numbers. */
export function ChartContainer({
  label,
  config,
  height = 260,
  children,
}: {
  label: string;
  config: ChartConfig;
  height?: number;
  children: React.ReactElement;
}) {
  const colors = Object.fromEntries(Object.entries(config).map(([key, { color }]) => [`--color-${key}`, color]));
  return (
    <ChartContext value={config}>
      <div aria-hidden="true" data-chart={label} style={{ width: '100%', height, ...colors }}>
        <ResponsiveContainer>{children}</ResponsiveContainer>
      </div>
    </ChartContext>
  );
}

type TooltipRow = { dataKey?: unknown; value?: unknown; payload?: unknown };

/** Tooltip content: the label, then one row per series with its colour, configured label and formatted value. */
function ChartTooltipContent({
  active,
  label,
  payload,
  formatLabel,
  formatValue,
}: {
  active?: boolean;
  label?: unknown;
  payload?: readonly TooltipRow[];
  formatLabel: (label: unknown) => string;
  formatValue: (row: TooltipRow) => string;
}) {
  const config = useContext(ChartContext);
  const rows = (payload ?? []).filter((row) => config[String(row.dataKey)]);
  if (!active || rows.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p>{formatLabel(label)}</p>
      {rows.map((row) => (
        <p key={String(row.dataKey)}>
          <span className="chart-swatch" style={{ background: `var(--color-${String(row.dataKey)})` }} />{' '}
          {config[String(row.dataKey)].label}: <strong>{formatValue(row)}</strong>
        </p>
      ))}
    </div>
  );
}

export function ChartTooltip({
  formatLabel,
  formatValue,
}: {
  formatLabel: (label: unknown) => string;
  formatValue: (row: TooltipRow) => string;
}) {
  return (
    <Tooltip
      isAnimationActive={false}
      content={(props) => (
        <ChartTooltipContent
          active={props.active}
          label={props.label}
          payload={props.payload as readonly TooltipRow[]}
          formatLabel={formatLabel}
          formatValue={formatValue}
        />
      )}
    />
  );
}

/** Props for a time x axis over ISO days: numbers on a real time scale, ticks at even calendar steps. */
export function timeAxis(from: string, to: string) {
  const ticks = timeTicks(from, to);
  return {
    dataKey: 'time',
    type: 'number' as const,
    scale: 'time' as const,
    domain: [dayTime(from), dayTime(to) + 86_400_000],
    ticks: ticks.map(dayTime),
    tickFormatter: (time: number) => formatTimeTick(timeDay(time), ticks),
    fontSize: 12,
  };
}

/** Props for a value y axis: 0 to a nice top in even steps, compact numbers. */
export function valueAxis(max: number) {
  const ticks = valueTicks(max);
  return { ticks, domain: [0, ticks[ticks.length - 1]], tickFormatter: formatCompact, fontSize: 12, width: 44 };
}
