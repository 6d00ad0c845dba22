import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlaceMap } from '@/app/ui/map/place-map';
import { PlacementForm } from '@/app/ui/locations/placement-form';
import { MAP_SIZE_LABEL, mapDataOf } from '@/app/ui/movements/map-data';
import { MovementsTable } from '@/app/ui/movements/movements-table';
import { getReader } from '@/lib/auth/reader';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { fetchParentChoices, fetchPlace } from '@/lib/data/locations';
import { fetchMovements } from '@/lib/data/movements';
import { EMPTY_FILTERS } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const place = await fetchPlace((await params).slug);
  return { title: place?.name ?? 'Place not found' };
}

/** One place: its codes and coordinates with their source, where it lies, what lies in it, and its movements on a map. */
export default async function Page({ params }: { params: Params }) {
  const place = await fetchPlace((await params).slug);
  if (!place) notFound();
  const reader = await getReader();
  const isEditor = organizationsWithRole(reader, 'editor').length > 0;
  const [view, choices] = await Promise.all([
    fetchMovements({ ...EMPTY_FILTERS, locations: [place.slug] }, reader),
    isEditor ? fetchParentChoices(place.id) : Promise.resolve([]),
  ]);
  const nearby = [place, ...(place.parent ? [place.parent] : []), ...place.children];
  const { places, routes } = mapDataOf(view, nearby);
  return (
    <>
      <h1>{place.name}</h1>
      <p>
        <Link href={`/?location=${place.slug}`}>Open the dashboard filtered to {place.name}</Link>
      </p>
      <dl className="panel">
        <dt>Kind</dt>
        <dd>{place.kind ?? 'not set'}</dd>
        <dt>Lies in</dt>
        <dd>{place.parent ? <Link href={`/locations/${place.parent.slug}`}>{place.parent.name}</Link> : 'no parent place set'}</dd>
        <dt>Places inside it</dt>
        <dd>
          {place.children.length === 0 ? (
            'none'
          ) : (
            <ul aria-label={`Places inside ${place.name}`}>
              {place.children.map((child) => (
                <li key={child.id}>
                  <Link href={`/locations/${child.slug}`}>{child.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>P-code</dt>
        <dd>{place.pcode ?? 'none found'}</dd>
        <dt>Coordinates</dt>
        <dd>{place.latitude !== null && place.longitude !== null ? `${place.latitude}, ${place.longitude}` : 'none found'}</dd>
        <dt>Source of the code and coordinates</dt>
        <dd>{place.geoSource ?? 'none recorded'}</dd>
      </dl>
      <PlaceMap
        id="place-map"
        title={`${place.name}, the places around it and its movements`}
        places={places}
        routes={routes}
        sizeLabel={MAP_SIZE_LABEL}
      />
      {view.movements.length > 0 ? <MovementsTable view={view} /> : <p className="empty-state">No movements to or from {place.name}.</p>}
      {isEditor ? <PlacementForm place={place} choices={choices} /> : null}
    </>
  );
}
