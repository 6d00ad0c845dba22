import { FlowDiagram } from './flow-diagram';
import { MAP_SIZE_LABEL, mapDataOf } from './map-data';
import { MovementsTable } from './movements-table';
import { PlaceMap } from '@/app/ui/map/place-map';
import type { SessionUser } from '@/lib/auth/permissions';
import { fetchMovements, fetchPlacesInView, MOVEMENT_FACT_LIMIT } from '@/lib/data/movements';
import { formatNumber } from '@/lib/format';
import type { DashboardFilters } from '@/lib/validation/filters';

/** The dashboard's movements: where people and trucks went, as a table, a diagram and a map. */
export async function MovementsSection({ filters, reader }: { filters: DashboardFilters; reader: SessionUser | null }) {
  const [view, known] = await Promise.all([fetchMovements(filters, reader), fetchPlacesInView(filters, reader)]);
  const { places, routes } = mapDataOf(view, known.places);
  return (
    <section className="panel" aria-labelledby="movements-heading" style={{ marginTop: 16 }}>
      <h2 id="movements-heading">Movements</h2>
      <p className="muted">
        Facts that name where people or vehicles came from or went to. Only flows in each metric&apos;s main unit add up; running totals and
        other units are shown beside them, never added.
      </p>
      {view.isTruncated ? (
        <p className="alert alert-warning" role="status">
          More than {formatNumber(MOVEMENT_FACT_LIMIT)} movement facts match: narrow the filters to count them.
        </p>
      ) : view.movements.length === 0 ? (
        <p className="empty-state">No movements with an origin or destination for these filters.</p>
      ) : (
        <>
          <MovementsTable view={view} />
          <FlowDiagram view={view} />
        </>
      )}
      <PlaceMap id="dashboard-map" title="places and movements in view" places={places} routes={routes} sizeLabel={MAP_SIZE_LABEL} />
      {known.total > known.places.length ? (
        <p className="muted">
          The map lists the first {formatNumber(known.places.length)} of {formatNumber(known.total)} places.
        </p>
      ) : null}
    </section>
  );
}
