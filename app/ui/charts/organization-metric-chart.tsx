'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { METRIC_CHART_CONFIG } from '@/app/ui/charts/chart-config';
import { ChartContainer, ChartTooltip } from '@/app/ui/charts/chart-container';
import type { OrganizationActivity } from '@/lib/dashboard/read';
import type { Metric } from '@/lib/facts/vocabulary';
import { formatNumber } from '@/lib/format';

/** Who reports what: facts per organization, stacked by metric. A bar opens that organization's page. */
export function OrganizationMetricChart({ organizations, metrics }: { organizations: OrganizationActivity[]; metrics: Metric[] }) {
  const router = useRouter();
  if (organizations.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const rows = organizations.map((organization) => ({
    name: organization.shortName ?? organization.name,
    slug: organization.slug,
    ...organization.counts,
  }));
  const config = Object.fromEntries(metrics.map((metric) => [metric, METRIC_CHART_CONFIG[metric]]));
  return (
    <ChartContainer label="Facts per organization and metric" config={config} height={Math.max(220, rows.length * 32 + 60)}>
      <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} fontSize={12} />
        <YAxis type="category" dataKey="name" width={110} fontSize={12} />
        <ChartTooltip formatLabel={String} formatValue={(row) => formatNumber(Number(row.value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {metrics.map((metric) => (
          <Bar
            key={metric}
            dataKey={metric}
            stackId="facts"
            name={config[metric].label}
            fill={`var(--color-${metric})`}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry) => router.push(`/organizations/${(entry.payload as { slug: string }).slug}`)}
          />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
