import styles from './movements.module.css';
import { movementAnchor } from './movements-table';
import { movementLabel } from './map-data';
import type { MovementView } from '@/lib/data/movements';
import { peopleWeight } from '@/lib/movements/count';

const WIDTH = 640;
const ROW = 44;
const MAX_BAND = 26;

/**
 * Origins on the left, destinations on the right, one band per route, its width the route's
 * largest people figure. Each band links to its row of the table, which lists the facts.
 */
export function FlowDiagram({ view }: { view: MovementView }) {
  const routes = view.movements
    .map((movement, index) => ({ movement, index, weight: peopleWeight(movement) }))
    .filter((route) => route.weight > 0);
  if (routes.length === 0)
    return <p className="muted">No movement of people with a figure that adds up, so no diagram; trucks and convoys are in the table.</p>;
  const column = (side: 'originId' | 'destinationId') => [...new Set(routes.map((route) => route.movement[side] ?? ''))];
  const origins = column('originId');
  const destinations = column('destinationId');
  const height = Math.max(origins.length, destinations.length) * ROW + 24;
  const yOf = (list: string[], id: string) => 12 + ROW / 2 + list.indexOf(id) * ROW + (height - 24 - list.length * ROW) / 2;
  const name = (id: string) => view.places.get(id)?.name ?? 'not stated';
  const max = Math.max(...routes.map((route) => route.weight));
  const [left, right] = [170, WIDTH - 170];
  return (
    <figure className={styles.diagram} aria-labelledby="movement-diagram-caption">
      <figcaption id="movement-diagram-caption" className="muted">
        Movement diagram: band width is each route&apos;s largest people figure; a band opens its row in the table.
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={`Diagram of ${routes.length} movement${routes.length === 1 ? '' : 's'} of people between places`}
      >
        {routes.map(({ movement, index, weight }) => {
          const [y1, y2] = [yOf(origins, movement.originId ?? ''), yOf(destinations, movement.destinationId ?? '')];
          const middle = (left + right) / 2;
          return (
            <a key={movement.key} href={`#${movementAnchor(index)}`}>
              <path
                d={`M${left},${y1} C${middle},${y1} ${middle},${y2} ${right},${y2}`}
                className={styles.band}
                strokeWidth={2 + (MAX_BAND - 2) * (weight / max)}
              >
                <title>{`${name(movement.originId ?? '')} → ${name(movement.destinationId ?? '')}: ${movementLabel(movement)}`}</title>
              </path>
            </a>
          );
        })}
        {origins.map((id) => (
          <text key={`o-${id}`} x={left - 8} y={yOf(origins, id) + 4} textAnchor="end" className={styles.node}>
            {name(id)}
          </text>
        ))}
        {destinations.map((id) => (
          <text key={`d-${id}`} x={right + 8} y={yOf(destinations, id) + 4} className={styles.node}>
            {name(id)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
