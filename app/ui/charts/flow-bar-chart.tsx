'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, METRIC_CHART_CONFIG } from '@/app/ui/charts/chart-container';
import type { BucketPoint, Granularity } from '@/lib/dashboard/buckets';
import { describeBucket } from '@/lib/dashboard/buckets';
import { formatCompact, formatDay, formatNumber } from '@/lib/format';

/**
 * Bars per day, week or month for one flow metric. A range is drawn at its middle with an error
 * bar from low to high, never as one precise-looking bar. Clicking a bar opens the facts behind it.
 */
export function FlowBarChart({ metric, data, granularity, factsQuery }: { metric: string; data: BucketPoint[]; granularity: Granularity; factsQuery: string }) {
  const router = useRouter();
  if (data.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const { label, color } = METRIC_CHART_CONFIG[metric];
  const rows = data.map((point) => ({ ...point, error: [point.value - point.low, point.high - point.value] }));
  function openFacts(point: BucketPoint) {
    const params = new URLSearchParams(factsQuery);
    params.set('from', point.start);
    params.set('to', point.end);
    router.push(`/facts?${params}`);
  }
  return (
    <ChartContainer label={`${label} per ${granularity}`}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="start" tickFormatter={(start) => describeBucket(String(start), granularity, formatDay).replace('Week of ', '')} fontSize={12} minTickGap={16} />
          <YAxis tickFormatter={formatCompact} fontSize={12} width={44} />
          <Tooltip
            labelFormatter={(start) => describeBucket(String(start), granularity, formatDay)}
            formatter={(_value, _name, item) => [rangeText(item.payload as BucketPoint), label]}
          />
          <Bar dataKey="value" name={label} fill={color} isAnimationActive={false} cursor="pointer" onClick={(entry) => openFacts(entry.payload as BucketPoint)}>
            <ErrorBar dataKey="error" width={4} stroke="#1b1f24" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartContainer>
  );
}

function rangeText(point: BucketPoint): string {
  return point.low === point.high ? formatNumber(point.low) : `${formatNumber(point.low)}–${formatNumber(point.high)}`;
}
