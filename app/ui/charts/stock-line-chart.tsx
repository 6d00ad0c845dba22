'use client';

import { Area, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import { placeColor } from '@/app/ui/charts/chart-config';
import { ChartContainer, ChartTooltip, timeAxis, valueAxis, type ChartConfig } from '@/app/ui/charts/chart-container';
import { bucketMiddle, type Period } from '@/app/ui/charts/time-rows';
import { describeBucket, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { formatDay, formatNumber } from '@/lib/format';

export type StockPlaceSeries = { name: string; points: BucketPoint[] };

/** One line per place carrying its latest value in each bucket, on a real time scale; a shaded band where the value is a range. */
export function StockLineChart({
  label,
  places,
  granularity,
  period,
}: {
  label: string;
  places: StockPlaceSeries[];
  granularity: Granularity;
  period: Period;
}) {
  if (places.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const config: ChartConfig = Object.fromEntries(
    places.map((place, index) => [`place${index}`, { label: place.name, color: placeColor(index) }]),
  );
  const rows = mergeByBucket(places);
  const max = Math.max(...places.flatMap((place) => place.points.map((point) => point.high)));
  const formatLabel = (time: unknown) => {
    const row = rows.find((candidate) => candidate.time === time);
    return row ? describeBucket(row.start, granularity, formatDay) : '';
  };
  const formatValue = (row: { dataKey?: unknown; payload?: unknown }) => {
    const band = (row.payload as Record<string, [number, number]>)[String(row.dataKey).replace('place', 'band')];
    return band[0] === band[1] ? formatNumber(band[0]) : `${formatNumber(band[0])}–${formatNumber(band[1])}`;
  };
  return (
    <ChartContainer label={`${label}, latest per place`} config={config}>
      <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...timeAxis(period.from, period.to)} />
        <YAxis {...valueAxis(max)} />
        <ChartTooltip formatLabel={formatLabel} formatValue={formatValue} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {places.map((place, index) => (
          <Area
            key={`band${index}`}
            dataKey={`band${index}`}
            legendType="none"
            stroke="none"
            fill={`var(--color-place${index})`}
            fillOpacity={0.18}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        {places.map((place, index) => (
          <Line
            key={`place${index}`}
            dataKey={`place${index}`}
            name={place.name}
            stroke={`var(--color-place${index})`}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartContainer>
  );
}

type Row = { start: string; time: number } & Record<string, unknown>;

function mergeByBucket(places: StockPlaceSeries[]): Row[] {
  const rows = new Map<string, Row>();
  places.forEach((place, index) => {
    for (const point of place.points) {
      const row = rows.get(point.start) ?? { start: point.start, time: bucketMiddle(point) };
      row[`place${index}`] = point.value;
      row[`band${index}`] = [point.low, point.high];
      rows.set(point.start, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.time - b.time);
}
