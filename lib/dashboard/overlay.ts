import { drawnOf, groupObservations, observationKey, type CountableFact, type Drawn } from '@/lib/facts/counting';

/**
 * Merging a reader's restricted facts over the public rollup rows, observation by observation.
 * A rollup row is its drawn fact (the best of its sources by the choice rule), so the best of
 * that fact and the reader's facts at the same observation is exactly what counting all of them
 * would draw: groupObservations decides, as everywhere else.
 */
export type RollupRow = Drawn & { publishedDate: string; confirmedAt: string };

/**
 * `perSource`: the rows are one source's observations (running totals), so the reader's facts
 * join only the row of their own source.
 */
export function mergeOverlay(rows: RollupRow[], extra: CountableFact[], perSource: boolean): Drawn[] {
  if (extra.length === 0) return rows;
  const keyOf = (row: Pick<Drawn, 'metric' | 'unit' | 'measure' | 'locationId' | 'date' | 'sourceOrgId'>) =>
    `${observationKey(row)}\u001f${perSource ? row.sourceOrgId : ''}`;
  const rowsByKey = new Map(rows.map((row) => [keyOf(row), row]));
  const byKey = new Map<string, Drawn>(rowsByKey);
  const extraByKey = new Map<string, CountableFact[]>();
  for (const fact of extra) extraByKey.set(keyOf(fact), [...(extraByKey.get(keyOf(fact)) ?? []), fact]);
  for (const [key, facts] of extraByKey) {
    const row = rowsByKey.get(key);
    const [observation] = groupObservations(row ? [...facts, asFact(row)] : facts);
    byKey.set(key, drawnOf(observation));
  }
  return [...byKey.values()];
}

function asFact(row: RollupRow): CountableFact {
  const { factId, ...rest } = row;
  return { ...rest, id: factId };
}
