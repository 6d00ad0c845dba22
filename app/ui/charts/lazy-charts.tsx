'use client';

import dynamic from 'next/dynamic';

/**
 * Recharts is most of the page's JavaScript: load it after the first paint. The cards and the
 * tables next to each chart are server-rendered, so every number is readable before it arrives.
 */
function ChartPlaceholder() {
  return <div className="skeleton" aria-hidden="true" style={{ height: 260 }} />;
}

export const FlowBarChart = dynamic(() => import('@/app/ui/charts/flow-bar-chart').then((module) => module.FlowBarChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const StockLineChart = dynamic(() => import('@/app/ui/charts/stock-line-chart').then((module) => module.StockLineChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const OrganizationMetricChart = dynamic(
  () => import('@/app/ui/charts/organization-metric-chart').then((module) => module.OrganizationMetricChart),
  { ssr: false, loading: ChartPlaceholder },
);
