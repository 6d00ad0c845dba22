import type { MapPlace, MapRoute } from './map-model';
import { formatNumber } from '@/lib/format';

/** The map's content as tables: the accessible alternative, and what the e2e test reads. */
export function MapTable({
  id,
  places,
  routes,
  names,
  sizeLabel,
}: {
  id: string;
  places: (MapPlace & { latitude: number; longitude: number })[];
  routes: MapRoute[];
  names: Map<string, string>;
  sizeLabel: string;
}) {
  return (
    <details>
      <summary>The map as a table</summary>
      <div className="table-wrap">
        <table id={`${id}-places`}>
          <caption>Places on the map</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Latitude</th>
              <th scope="col">Longitude</th>
              <th scope="col">{sizeLabel}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((place) => (
              <tr key={place.id}>
                <th scope="row">{place.name}</th>
                <td>{place.latitude}</td>
                <td>{place.longitude}</td>
                <td>{place.figure ? formatNumber(place.figure) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {routes.length > 0 ? (
          <table>
            <caption>Arrows on the map</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Figures</th>
              </tr>
            </thead>
            <tbody>
              {routes.map((route) => (
                <tr key={route.key}>
                  <td>{names.get(route.originId)}</td>
                  <td>{names.get(route.destinationId)}</td>
                  <td>{route.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </details>
  );
}
