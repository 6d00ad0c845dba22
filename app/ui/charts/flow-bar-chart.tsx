'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, XAxis, YAxis } from 'recharts';
import { METRIC_CHART_CONFIG } from '@/app/ui/charts/chart-config';
import { ChartContainer, ChartTooltip, timeAxis, valueAxis } from '@/app/ui/charts/chart-container';
import { bucketMiddle, type Period } from '@/app/ui/charts/time-rows';
import { describeBucket, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { formatDay, formatNumber } from '@/lib/format';

type Row = BucketPoint & { time: number; error: [number, number] } & Record<string, unknown>;

/**
 * Bars per day, week or month for one flow metric, each at its place on the calendar. A range is
 * drawn at its middle with an error bar from low to high. A bar that counts flows worked out from
 * running totals is hatched (the legend under the chart says so). Clicking a bar opens its facts.
 */
export function FlowBarChart({
  metric,
  data,
  granularity,
  period,
  factsQuery,
}: {
  metric: string;
  data: BucketPoint[];
  granularity: Granularity;
  period: Period;
  factsQuery: string;
}) {
  const router = useRouter();
  if (data.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const rows: Row[] = data.map((point) => ({
    ...point,
    time: bucketMiddle(point),
    [metric]: point.value,
    error: [point.value - point.low, point.high - point.value],
  }));
  function openFacts(point: BucketPoint) {
    const params = new URLSearchParams(factsQuery);
    params.set('from', point.start);
    params.set('to', point.end);
    router.push(`/facts?${params}`);
  }
  const describe = (row: unknown) => describeBucket((row as BucketPoint).start, granularity, formatDay);
  return (
    <ChartContainer label={`${METRIC_CHART_CONFIG[metric].label} per ${granularity}`} config={{ [metric]: METRIC_CHART_CONFIG[metric] }}>
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
        <defs>
          <pattern id={`derived-${metric}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={`var(--color-${metric})`} fillOpacity={0.3} />
            <rect width="3" height="6" fill={`var(--color-${metric})`} />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...timeAxis(period.from, period.to)} />
        <YAxis {...valueAxis(Math.max(...data.map((point) => point.high)))} />
        <ChartTooltip
          formatLabel={(time) => describe(rows.find((row) => row.time === time))}
          formatValue={(row) => rangeText(row.payload as BucketPoint)}
        />
        <Bar
          dataKey={metric}
          fill={`var(--color-${metric})`}
          barSize={rows.length === 1 ? 24 : undefined}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => openFacts(entry.payload as BucketPoint)}
        >
          {rows.map((row) => (
            <Cell key={row.start} fill={row.derivedCount > 0 ? `url(#derived-${metric})` : `var(--color-${metric})`} />
          ))}
          <ErrorBar dataKey="error" width={4} stroke="var(--color-text)" />
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}

function rangeText(point: BucketPoint): string {
  return point.low === point.high ? formatNumber(point.low) : `${formatNumber(point.low)}–${formatNumber(point.high)}`;
}
