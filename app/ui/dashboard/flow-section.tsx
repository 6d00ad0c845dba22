import styles from './dashboard.module.css';
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
            <SeriesTable caption={title} points={points} granularity={granularity} factsQuery={query.toString()} />
          </section>
        );
      })}
    </div>
  );
}
