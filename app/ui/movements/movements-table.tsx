import Link from 'next/link';
import styles from './movements.module.css';
import type { MovementView } from '@/lib/data/movements';
import { formatDay, formatFigure, formatNumber } from '@/lib/format';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import type { FlowTotal, Movement } from '@/lib/movements/count';

export function movementAnchor(index: number): string {
  return `movement-${index + 1}`;
}

/** Movements as a table (origin, destination, people, trucks, convoys, period, sources), each row opening onto its facts and sentences. */
export function MovementsTable({ view }: { view: MovementView }) {
  const place = (id: string | null) => {
    const found = id ? view.places.get(id) : undefined;
    return found ? <Link href={`/locations/${found.slug}`}>{found.name}</Link> : <span className="muted">not stated</span>;
  };
  return (
    <div className="table-wrap">
      <table className={styles.table}>
        <caption>Movements</caption>
        <thead>
          <tr>
            <th scope="col">Origin</th>
            <th scope="col">Destination</th>
            <th scope="col">People</th>
            <th scope="col">Trucks</th>
            <th scope="col">Convoys</th>
            <th scope="col">Period</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {view.movements.map((movement, index) => (
            <tr key={movement.key} id={movementAnchor(index)}>
              <td>{place(movement.originId)}</td>
              <td>{place(movement.destinationId)}</td>
              <td>
                {movement.people.length === 0 ? '—' : movement.people.map((flow) => <div key={flow.metric}>{flowText(flow, true)}</div>)}
                {movement.beside.map((figure) => (
                  <div key={figure.factId} className={styles.beside}>
                    not added: {figure.reason} {formatNumber(figure.low)}
                    {figure.high !== figure.low ? `–${formatNumber(figure.high)}` : ''} {figure.unit}, {formatDay(figure.date)}
                  </div>
                ))}
              </td>
              <td>{movement.trucks ? flowText(movement.trucks, false) : '—'}</td>
              <td>{movement.convoys ? flowText(movement.convoys, false) : '—'}</td>
              <td>
                {formatDay(movement.period.from)}
                {movement.period.to !== movement.period.from ? ` – ${formatDay(movement.period.to)}` : ''}
              </td>
              <td>
                {movement.sourceOrgIds.map((id) => view.sources.get(id)).join(', ')}
                <FactsBehind movement={movement} view={view} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function flowText(flow: FlowTotal, withMetric: boolean): string {
  const value = flow.low === flow.high ? formatNumber(flow.low) : `${formatNumber(flow.low)}–${formatNumber(flow.high)}`;
  return `${withMetric ? `${METRIC_LABELS[flow.metric].replace('People ', '')}: ` : ''}${value}`;
}

function FactsBehind({ movement, view }: { movement: Movement; view: MovementView }) {
  return (
    <details className={styles.facts}>
      <summary>Facts and sentences ({movement.factIds.length})</summary>
      <ul>
        {movement.factIds.map((id) => {
          const fact = view.facts.get(id);
          if (!fact) return null;
          return (
            <li key={id}>
              <Link href={`/facts/${id}`}>
                {METRIC_LABELS[fact.metric as keyof typeof METRIC_LABELS] ?? fact.metric} {formatFigure(fact)} {fact.unit},{' '}
                {formatDay(fact.date)}
              </Link>
              {fact.measure !== 'flow' ? <span className="muted"> ({fact.measure})</span> : null} — {fact.source}: <q>{fact.excerpt}</q>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
