/** The places inside a place, at any depth, from the parent links of all places. */
export function descendantsOf(locationId: string, places: { id: string; parentId: string | null }[]): Set<string> {
  const found = new Set<string>();
  let frontier = new Set([locationId]);
  while (frontier.size) {
    const next = places.filter(
      (place) => place.parentId !== null && frontier.has(place.parentId) && !found.has(place.id) && place.id !== locationId,
    );
    next.forEach((place) => found.add(place.id));
    frontier = new Set(next.map((place) => place.id));
  }
  return found;
}
