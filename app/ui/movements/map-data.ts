import type { MapPlace, MapRoute } from '@/app/ui/map/map-model';
import type { MovementView } from '@/lib/data/movements';
import { formatNumber } from '@/lib/format';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import { peopleWeight, type Movement } from '@/lib/movements/count';

export const MAP_SIZE_LABEL = 'largest people movement to or from the place in view';

/** A movement's figures in words, each metric on its own: "People arrived 35,200; Trucks 12". */
export function movementLabel(movement: Movement): string {
  const flows = [...movement.people, movement.trucks, movement.convoys].filter((flow) => flow !== null);
  if (flows.length === 0) return 'no figure that adds up (see the table)';
  return flows
    .map(
      (flow) =>
        `${METRIC_LABELS[flow.metric]} ${flow.low === flow.high ? formatNumber(flow.low) : `${formatNumber(flow.low)}–${formatNumber(flow.high)}`}`,
    )
    .join('; ');
}

/**
 * The map's places and arrows for a movement view. A place is sized by the largest people
 * figure of one route touching it: routes may carry the same people, so they are not added.
 */
export function mapDataOf(view: MovementView, otherPlaces: Omit<MapPlace, 'figure'>[]): { places: MapPlace[]; routes: MapRoute[] } {
  const figure = new Map<string, number>();
  for (const movement of view.movements) {
    for (const end of [movement.originId, movement.destinationId]) {
      if (end) figure.set(end, Math.max(figure.get(end) ?? 0, peopleWeight(movement)));
    }
  }
  const places = new Map<string, MapPlace>();
  for (const place of [...otherPlaces, ...view.places.values()]) places.set(place.id, { ...place, figure: figure.get(place.id) || null });
  const routes = view.movements
    .filter((movement) => movement.originId && movement.destinationId)
    .map((movement) => ({
      key: movement.key,
      originId: movement.originId!,
      destinationId: movement.destinationId!,
      weight: peopleWeight(movement),
      label: movementLabel(movement),
    }));
  return { places: [...places.values()].sort((a, b) => a.name.localeCompare(b.name)), routes };
}
