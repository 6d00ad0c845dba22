'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, METRIC_CHART_CONFIG } from '@/app/ui/charts/chart-container';
import type { OrganizationActivity } from '@/lib/dashboard/read';
import type { Metric } from '@/lib/facts/vocabulary';
import { formatNumber } from '@/lib/format';

/** Who reports what: facts per organization, stacked by metric. A bar opens that organization's page. */
export function OrganizationMetricChart({ organizations, metrics }: { organizations: OrganizationActivity[]; metrics: Metric[] }) {
  const router = useRouter();
  if (organizations.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const rows = organizations.map((organization) => ({ name: organization.shortName ?? organization.name, slug: organization.slug, ...organization.counts }));
  return (
    <ChartContainer label="Facts per organization and metric" height={Math.max(220, rows.length * 32 + 60)}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="name" width={110} fontSize={12} />
          <Tooltip formatter={(value, name) => [formatNumber(Number(value)), String(name)]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {metrics.map((metric) => (
            <Bar key={metric} dataKey={metric} stackId="facts" name={METRIC_CHART_CONFIG[metric].label} fill={METRIC_CHART_CONFIG[metric].color} isAnimationActive={false} cursor="pointer"
              onClick={(entry) => router.push(`/organizations/${(entry.payload as { slug: string }).slug}`)} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartContainer>
  );
}
