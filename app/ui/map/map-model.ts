/** What a map draws: places (a circle when they have coordinates) and the routes between them. */
export type MapPlace = { id: string; name: string; slug: string; latitude: number | null; longitude: number | null; figure: number | null };
export type MapRoute = { key: string; originId: string; destinationId: string; weight: number; label: string };

export function isOnMap(place: MapPlace): place is MapPlace & { latitude: number; longitude: number } {
  return place.latitude !== null && place.longitude !== null;
}
