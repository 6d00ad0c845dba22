import Link from 'next/link';
import { describeBucket, type BucketPoint, type Granularity } from '@/lib/dashboard/buckets';
import { formatDay, formatFigure } from '@/lib/format';

/** The text alternative of a chart: the same numbers as a table, each row linking to its facts. */
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
  return (
    <details className="chart-table">
      <summary>{summary ? `Table: ${summary}` : 'Table of these figures'}</summary>
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
