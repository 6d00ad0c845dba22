import type { Range } from '@/lib/facts/counting';

/** Each place's parent (Location.parentId); places with none may be left out. */
export type Places = ReadonlyMap<string, string | null>;

export const NESTING_RULE =
  'A figure is never added to a figure of a place that contains it or that it contains (same metric, unit and day): the larger of the parent’s own figure and the sum of its children’s counts.';

type Valued = Range & { locationId: string };

/**
 * The total of figures of one metric, unit and day across places, by NESTING_RULE: each place
 * counts as the larger (by midpoint; the parent's own on a tie) of its own figure and the sum of
 * what its children count, and only the outermost places are added.
 */
export function nestedTotal(rows: Valued[], places: Places): Range {
  const own = new Map<string, Range>();
  for (const row of rows) own.set(row.locationId, add(own.get(row.locationId), row));
  const children = new Map<string, Set<string>>();
  const roots = new Set<string>();
  for (const id of own.keys()) {
    const seen = new Set<string>([id]);
    let node = id;
    let parent = places.get(node) ?? null;
    while (parent !== null && !seen.has(parent)) {
      const siblings = children.get(parent) ?? new Set<string>();
      siblings.add(node);
      children.set(parent, siblings);
      seen.add(parent);
      node = parent;
      parent = places.get(node) ?? null;
    }
    roots.add(node);
  }
  const valueOf = (id: string): Range => {
    const below = [...(children.get(id) ?? [])].reduce<Range>((sum, child) => add(sum, valueOf(child)), { low: 0, high: 0 });
    const mine = own.get(id);
    if (!mine) return below;
    if (!children.has(id)) return mine;
    return midpointOf(below) > midpointOf(mine) ? below : mine;
  };
  return [...roots].reduce<Range>((sum, root) => add(sum, valueOf(root)), { low: 0, high: 0 });
}

function add(a: Range | undefined, b: Range): Range {
  return { low: (a?.low ?? 0) + b.low, high: (a?.high ?? 0) + b.high };
}

function midpointOf({ low, high }: Range): number {
  return (low + high) / 2;
}
