import type { Db } from '@/lib/database';
import { findLocationByName } from '@/lib/locations/resolve';
import type { LabelledFact } from './example-files';

/**
 * Sets a seeded movement's origin and destination, both of which must be listed places: a
 * misspelt end is an error to fix in data/, never a new place made up on the way.
 */
export async function seedMovementEnds(
  db: Db,
  factId: string,
  fact: Pick<LabelledFact, 'origin' | 'destination' | 'excerpt'>,
): Promise<void> {
  if (!fact.origin && !fact.destination) return;
  const [origin, destination] = await Promise.all([endOf(db, fact.origin, fact.excerpt), endOf(db, fact.destination, fact.excerpt)]);
  await db.fact.update({ where: { id: factId }, data: { originId: origin, destinationId: destination } });
}

async function endOf(db: Db, name: string | undefined, excerpt: string): Promise<string | null> {
  if (!name) return null;
  const location = await findLocationByName(db, name);
  if (!location) throw new Error(`The movement "${excerpt.slice(0, 60)}…" names "${name}", which the locations list does not have.`);
  return location.id;
}
