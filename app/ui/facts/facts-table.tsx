import Link from 'next/link';
import { METRIC_LABELS, type Metric } from '@/lib/facts/vocabulary';
import type { FactRow } from '@/lib/data/facts';
import { formatDay, formatFigure } from '@/lib/format';

/** Facts with their value, place, day and who states them; each row names its source. */
export function FactsTable({ facts, caption }: { facts: FactRow[]; caption: string }) {
  if (facts.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Metric</th>
            <th scope="col" className="number">Value</th>
            <th scope="col">Location</th>
            <th scope="col">Source</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((fact) => (
            <tr key={fact.id}>
              <td>{formatDay(fact.date)}</td>
              <td>{METRIC_LABELS[fact.metric as Metric] ?? fact.metric}</td>
              <td className="number">
                {formatFigure(fact)} {fact.unit}
              </td>
              <td>{fact.location.name}</td>
              <td>{fact.sourceOrg.shortName ?? fact.sourceOrg.name}</td>
              <td>
                <FactOrigin fact={fact} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FactOrigin({ fact }: { fact: FactRow }) {
  if (fact.report) return <Link href={`/reports/${fact.report.id}`}>{fact.report.title}</Link>;
  if (fact.sourceUrl) return <a href={fact.sourceUrl}>{fact.sourceTitle ?? fact.sourceUrl}</a>;
  return <span className="muted">Entered by hand</span>;
}
