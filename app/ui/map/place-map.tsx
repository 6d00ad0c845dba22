import Link from 'next/link';
import styles from './map.module.css';
import { isOnMap, type MapPlace, type MapRoute } from './map-model';
import { MapTable } from './map-table';
import { formatNumber } from '@/lib/format';
import { mapFrame, type MapFrame } from '@/lib/map/geometry';

const WIDTH = 640;
const HEIGHT = 420;
const MAX_RADIUS = 18;
const MAX_ARROW = 10;

/**
 * A map of places on country outlines, drawn on the server as SVG: circles sized by the view's
 * figure, arrows from origin to destination, a legend, the places it cannot draw listed beside
 * it, and the same content as tables for readers who cannot see it.
 */
export function PlaceMap({
  id,
  title,
  places,
  routes,
  sizeLabel,
}: {
  id: string;
  title: string;
  places: MapPlace[];
  routes: MapRoute[];
  sizeLabel: string;
}) {
  const drawn = places.filter(isOnMap);
  const missing = places.filter((place) => !isOnMap(place));
  const frame = mapFrame(drawn, WIDTH, HEIGHT);
  const maxFigure = Math.max(0, ...drawn.map((place) => place.figure ?? 0));
  const radiusOf = (figure: number | null) => (figure && maxFigure ? 4 + (MAX_RADIUS - 4) * Math.sqrt(figure / maxFigure) : 4);
  const byId = new Map(drawn.map((place) => [place.id, place]));
  const arrows = routes.filter(
    (route) => byId.has(route.originId) && byId.has(route.destinationId) && route.originId !== route.destinationId,
  );
  const maxWeight = Math.max(0, ...arrows.map((route) => route.weight));
  return (
    <figure className={`panel ${styles.figure}`} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        Map: {title}
      </figcaption>
      <div className={styles.layout}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className={styles.svg}
          role="group"
          aria-label={`Map of ${drawn.length} place${drawn.length === 1 ? '' : 's'} and ${arrows.length} movement${arrows.length === 1 ? '' : 's'}; the tables below give the same.`}
        >
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="12"
              markerHeight="12"
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          <rect width={WIDTH} height={HEIGHT} className={styles.sea} />
          {frame.countries.map((country, index) => (
            <path key={`${country.name}-${index}`} d={country.d} className={styles.country} />
          ))}
          {frame.countries.map((country, index) =>
            country.label ? (
              <text key={`label-${index}`} x={country.label[0]} y={country.label[1]} className={styles.countryLabel}>
                {country.name}
              </text>
            ) : null,
          )}
          {arrows.map((route) => (
            <Arrow
              key={route.key}
              frame={frame}
              route={route}
              from={byId.get(route.originId)!}
              to={byId.get(route.destinationId)!}
              width={maxWeight ? 1.5 + (MAX_ARROW - 1.5) * (route.weight / maxWeight) : 1.5}
              endGap={radiusOf(byId.get(route.destinationId)!.figure)}
              marker={`url(#${id}-arrow)`}
            />
          ))}
          {drawn.map((place) => {
            const [x, y] = frame.project(place);
            return (
              <Link key={place.id} href={`/locations/${place.slug}`}>
                <circle cx={x} cy={y} r={radiusOf(place.figure)} className={place.figure ? styles.place : styles.placeEmpty}>
                  <title>{`${place.name}${place.figure ? `: ${formatNumber(place.figure)} (${sizeLabel})` : ''}`}</title>
                </circle>
                <text x={x + radiusOf(place.figure) + 3} y={y + 4} className={styles.placeLabel}>
                  {place.name}
                </text>
              </Link>
            );
          })}
        </svg>
        <aside className={styles.side}>
          <h4>Legend</h4>
          <ul className={styles.legend}>
            <li>
              <svg width="40" height="20" aria-hidden="true">
                <circle cx="10" cy="10" r="8" className={styles.place} />
              </svg>{' '}
              circle area: {sizeLabel}
            </li>
            <li>
              <svg width="40" height="20" aria-hidden="true">
                <circle cx="10" cy="10" r="4" className={styles.placeEmpty} />
              </svg>{' '}
              a place with no such figure in view
            </li>
            <li>
              <svg width="40" height="20" aria-hidden="true">
                <line x1="2" y1="10" x2="32" y2="10" className={styles.arrow} strokeWidth="4" markerEnd={`url(#${id}-arrow)`} />
              </svg>{' '}
              origin → destination; width: the route&apos;s largest people figure
            </li>
          </ul>
          <h4>Not on the map</h4>
          {missing.length === 0 ? (
            <p className="muted">Every place in view has coordinates.</p>
          ) : (
            <ul aria-label="Places not on the map">
              {missing.map((place) => (
                <li key={place.id}>
                  <Link href={`/locations/${place.slug}`}>{place.name}</Link>{' '}
                  <span className="muted">(no coordinates from a public source yet)</span>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
      <MapTable
        id={id}
        places={drawn}
        routes={arrows}
        names={new Map(places.map((place) => [place.id, place.name]))}
        sizeLabel={sizeLabel}
      />
    </figure>
  );
}

function Arrow({
  frame,
  route,
  from,
  to,
  width,
  endGap,
  marker,
}: {
  frame: MapFrame;
  route: MapRoute;
  from: MapPlace & { latitude: number; longitude: number };
  to: MapPlace & { latitude: number; longitude: number };
  width: number;
  endGap: number;
  marker: string;
}) {
  const [x1, y1] = frame.project(from);
  const [x2, y2] = frame.project(to);
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  // Bend each arrow to its left so that A → B and B → A do not hide each other.
  const [cx, cy] = [(x1 + x2) / 2 - uy * length * 0.15, (y1 + y2) / 2 + ux * length * 0.15];
  const end = [x2 - ux * (endGap + 4), y2 - uy * (endGap + 4)];
  return (
    <path d={`M${x1},${y1} Q${cx},${cy} ${end[0]},${end[1]}`} className={styles.arrow} strokeWidth={width} markerEnd={marker}>
      <title>{`${from.name} → ${to.name}: ${route.label}`}</title>
    </path>
  );
}
