import Link from 'next/link';
import { describeBucket, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { formatDay, formatFigure } from '@/lib/format';

/**
 * The text alternative of a chart: the same numbers as a table, each row linking to its facts.
 * "Observations" is how many facts the figure counts (one per place and day, after the choice
 * between sources); where some are worked out from running totals a column says how many.
 */
export function SeriesTable({
  caption,
  points,
  granularity,
  factsQuery,
  summary,
}: {
  caption: string;
  points: BucketPoint[];
  granularity: Granularity;
  factsQuery: string;
  summary?: string;
}) {
  const hasDerived = points.some((point) => point.derivedCount > 0);
  return (
    <details className="chart-table">
      <summary>{summary ? `Table: ${summary}` : 'Table of these figures'}</summary>
      <p className="field-hint">
        Observations: the facts each figure counts, one per place and day after choosing between sources.
        {hasDerived ? ' Some are flows worked out from running totals (hatched bars).' : null}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'day' ? 'Day' : granularity === 'week' ? 'Week' : 'Month'}</th>
              <th scope="col" className="number">
                Figure
              </th>
              <th scope="col" className="number">
                Observations
              </th>
              {hasDerived ? (
                <th scope="col" className="number">
                  Worked out from running totals
                </th>
              ) : null}
              <th scope="col">Facts</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => {
              const params = new URLSearchParams(factsQuery);
              params.set('from', point.start);
              params.set('to', point.end);
              return (
                <tr key={point.start}>
                  <th scope="row">{describeBucket(point.start, granularity, formatDay)}</th>
                  <td className="number">
                    {formatFigure({
                      low: point.low,
                      high: point.high,
                      qualifier: point.hasEstimate && point.low === point.high ? 'approx' : 'exact',
                    })}
                  </td>
                  <td className="number">{point.observationCount}</td>
                  {hasDerived ? <td className="number">{point.derivedCount}</td> : null}
                  <td>
                    <Link href={`/facts?${params}`}>
                      Facts<span className="visually-hidden"> for {describeBucket(point.start, granularity, formatDay)}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
