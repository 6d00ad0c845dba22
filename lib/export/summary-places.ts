/**
 * The summary's table by place: each place's total per metric line (flows its sum over the
 * period, stocks its latest level), as the summary builder closes each place.
 */
/** `qualifier` as the line's own ("about" when a figure counted there is an estimate). */
export type PlaceFigure = { low: number; high: number; qualifier: string };
export type PlaceRow = { place: string; figures: Record<string, PlaceFigure> };

export function createPlaceTable() {
  const rows: PlaceRow[] = [];

  function add(place: string, line: string, figure: PlaceFigure): void {
    const last = rows[rows.length - 1];
    const row = last?.place === place ? last : { place, figures: {} };
    if (row !== last) rows.push(row);
    row.figures[line] = { low: figure.low, high: figure.high, qualifier: figure.qualifier };
  }

  return { add, rows: () => [...rows].sort((a, b) => a.place.localeCompare(b.place)) };
}
