import { geoBounds, geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

/**
 * The base map: Natural Earth country outlines (1:50m, world-atlas), shipped with the app and
 * projected on the server, so a map needs no tile server and no internet.
 */
type Country = { name: string; feature: Feature<Geometry, { name?: string }>; west: number; south: number; east: number; north: number };

const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const COUNTRIES: Country[] = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>).features.map(
  (country) => {
    const [[west, south], [east, north]] = geoBounds(country);
    // A country across the antimeridian has west > east: treat it as spanning every longitude.
    return {
      name: country.properties?.name ?? '',
      feature: country,
      west: west > east ? -180 : west,
      south,
      east: west > east ? 180 : east,
      north,
    };
  },
);

export type LonLat = { longitude: number; latitude: number };
export type MapFrame = {
  width: number;
  height: number;
  countries: { name: string; d: string; label: [number, number] | null }[];
  project: (point: LonLat) => [number, number];
};

/** Half the smallest view, in degrees: one place alone still shows its surroundings. */
const MIN_HALF_SPAN = 2.5;

/** A Mercator frame of width × height fitted around the points (padded), with the countries it shows. */
export function mapFrame(points: LonLat[], width: number, height: number): MapFrame {
  const box = paddedBox(points);
  const projection = geoMercator()
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [box.west, box.south],
          [box.east, box.north],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection);
  const inside = ([x, y]: [number, number]) => x > 20 && x < width - 20 && y > 12 && y < height - 12;
  const shown = COUNTRIES.filter(
    (c) => c.east >= box.west - 5 && c.west <= box.east + 5 && c.north >= box.south - 5 && c.south <= box.north + 5,
  );
  return {
    width,
    height,
    countries: shown.map((c) => {
      const label = projection(geoCentroid(c.feature)) as [number, number] | null;
      return { name: c.name, d: path(c.feature) ?? '', label: label && inside(label) ? label : null };
    }),
    project: ({ longitude, latitude }) => projection([longitude, latitude]) as [number, number],
  };
}

function paddedBox(points: LonLat[]): { west: number; south: number; east: number; north: number } {
  // No place with coordinates: the whole world, so the map still says where nothing is.
  const longitudes = points.length ? points.map((p) => p.longitude) : [-170, 170];
  const latitudes = points.length ? points.map((p) => p.latitude) : [-55, 75];
  const centre = {
    lon: (Math.min(...longitudes) + Math.max(...longitudes)) / 2,
    lat: (Math.min(...latitudes) + Math.max(...latitudes)) / 2,
  };
  const half = {
    lon: Math.max(MIN_HALF_SPAN, ((Math.max(...longitudes) - Math.min(...longitudes)) / 2) * 1.3),
    lat: Math.max(MIN_HALF_SPAN, ((Math.max(...latitudes) - Math.min(...latitudes)) / 2) * 1.3),
  };
  return {
    west: Math.max(-180, centre.lon - half.lon),
    east: Math.min(180, centre.lon + half.lon),
    south: Math.max(-80, centre.lat - half.lat),
    north: Math.min(84, centre.lat + half.lat),
  };
}
