import styles from './dashboard.module.css';
import { StockLineChart } from '@/app/ui/charts/lazy-charts';
import { SeriesTable } from '@/app/ui/charts/series-table';
import type { Granularity } from '@/lib/dashboard/buckets';
import { fetchStockSeries, type CountingScope } from '@/lib/dashboard/read';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';

/** Stocks (camp population, people trapped …): the latest value per place, never summed over days. */
export async function StockSection({
  scope,
  granularity,
  factsQuery,
}: {
  scope: CountingScope;
  granularity: Granularity;
  factsQuery: string;
}) {
  const series = await fetchStockSeries(scope, granularity);
  if (series.length === 0) return <p className="empty-state">No stock figures (camp population, people trapped …) for these filters.</p>;
  return (
    <div className={styles.charts}>
      {series.map(({ metric, kind, unit, places }) => {
        // Running totals are their own lines per place and source, never added to a flow.
        const title =
          kind === 'stock'
            ? `${METRIC_LABELS[metric]} (${unit}), latest per place`
            : `${METRIC_LABELS[metric]} (${unit}), cumulative figures per place and source`;
        return (
          <section key={`${kind}-${metric}`} className="panel" aria-labelledby={`${kind}-${metric}`}>
            <h3 id={`${kind}-${metric}`}>{title}</h3>
            <StockLineChart label={METRIC_LABELS[metric]} places={places} granularity={granularity} period={scope.period} />
            {places.map((place) => {
              const query = new URLSearchParams(factsQuery);
              query.set('metric', metric);
              query.delete('location');
              if (place.slug) query.set('location', place.slug);
              query.set('back', `${factsQuery}&by=${granularity}`);
              return (
                <SeriesTable
                  key={place.name}
                  caption={`${title}: ${place.name}`}
                  points={place.points}
                  granularity={granularity}
                  factsQuery={query.toString()}
                  summary={place.name}
                />
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
