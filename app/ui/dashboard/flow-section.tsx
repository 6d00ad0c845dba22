import styles from './dashboard.module.css';
import { METRIC_CHART_CONFIG } from '@/app/ui/charts/chart-config';
import { FlowBarChart } from '@/app/ui/charts/lazy-charts';
import { SeriesTable } from '@/app/ui/charts/series-table';
import type { Granularity } from '@/lib/dashboard/buckets';
import { fetchFlowSeries, type CountingScope } from '@/lib/dashboard/read';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';

/** Flows (trucks, departures, arrivals …) as bars per day, week or month, one chart per metric. */
export async function FlowSection({
  scope,
  granularity,
  factsQuery,
}: {
  scope: CountingScope;
  granularity: Granularity;
  factsQuery: string;
}) {
  const series = await fetchFlowSeries(scope, granularity);
  if (series.length === 0) return <p className="empty-state">No flow figures (trucks, departures, arrivals …) for these filters.</p>;
  return (
    <div className={styles.charts}>
      {series.map(({ metric, points }) => {
        const query = new URLSearchParams(factsQuery);
        query.delete('metric');
        query.set('metric', metric);
        // The drill-down's "Back to the dashboard" returns to this whole view, not to the one bar.
        query.set('back', `${factsQuery}&by=${granularity}`);
        const title = `${METRIC_LABELS[metric]} per ${granularity}`;
        return (
          <section key={metric} className="panel" aria-labelledby={`flow-${metric}`}>
            <h3 id={`flow-${metric}`}>{title}</h3>
            <FlowBarChart metric={metric} data={points} granularity={granularity} period={scope.period} factsQuery={query.toString()} />
            {points.some((point) => point.derivedCount > 0) ? <DerivedLegend metric={metric} /> : null}
            <SeriesTable caption={title} points={points} granularity={granularity} factsQuery={query.toString()} />
          </section>
        );
      })}
    </div>
  );
}

/** The hatched bars' key, in the page (the chart itself is hidden from screen readers; its table says the same). */
function DerivedLegend({ metric }: { metric: string }) {
  return (
    <p className="chart-legend">
      <span className="chart-swatch chart-swatch-derived" style={{ color: METRIC_CHART_CONFIG[metric].color }} aria-hidden="true" />{' '}
      Hatched: worked out from running totals (the increase between one source&apos;s successive totals at a place with no daily figures)
    </p>
  );
}
