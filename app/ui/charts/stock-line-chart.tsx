'use client';

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, PLACE_COLORS } from '@/app/ui/charts/chart-container';
import { describeBucket, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { formatCompact, formatDay, formatNumber } from '@/lib/format';

export type StockPlaceSeries = { name: string; points: BucketPoint[] };

/** One line per place carrying its latest value in each bucket; a shaded band where the value is a range. */
export function StockLineChart({ label, places, granularity }: { label: string; places: StockPlaceSeries[]; granularity: Granularity }) {
  if (places.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const rows = mergeByBucket(places);
  return (
    <ChartContainer label={`${label}, latest per place`}>
      <ResponsiveContainer>
        <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="start" tickFormatter={(start) => describeBucket(String(start), granularity, formatDay).replace('Week of ', '')} fontSize={12} minTickGap={16} />
          <YAxis tickFormatter={formatCompact} fontSize={12} width={44} />
          <Tooltip labelFormatter={(start) => describeBucket(String(start), granularity, formatDay)} formatter={(value) => (Array.isArray(value) ? value.map((v) => formatNumber(Number(v))).join('–') : formatNumber(Number(value)))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {places.map((place, index) => (
            <Area key={`${place.name}-band`} dataKey={`band${index}`} name={`${place.name} (range)`} legendType="none" stroke="none" fill={PLACE_COLORS[index % PLACE_COLORS.length]} fillOpacity={0.18} connectNulls isAnimationActive={false} />
          ))}
          {places.map((place, index) => (
            <Line key={place.name} dataKey={`value${index}`} name={place.name} stroke={PLACE_COLORS[index % PLACE_COLORS.length]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartContainer>
  );
}

function mergeByBucket(places: StockPlaceSeries[]): Record<string, unknown>[] {
  const rows = new Map<string, Record<string, unknown>>();
  places.forEach((place, index) => {
    for (const point of place.points) {
      const row = rows.get(point.start) ?? { start: point.start };
      row[`value${index}`] = point.value;
      row[`band${index}`] = [point.low, point.high];
      rows.set(point.start, row);
    }
  });
  return [...rows.values()].sort((a, b) => String(a.start).localeCompare(String(b.start)));
}
