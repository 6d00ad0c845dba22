import type { Db } from '@/lib/database';
import { defaultMeasure } from '@/lib/facts/vocabulary';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import type { FactInput } from '@/lib/validation/fact';

/** The ids a fact's names resolve to. */
export type ResolvedNames = { locationId: string; sourceOrgId: string; originId: string | null; destinationId: string | null };

/** Location and organization ids already resolved in one write: each name costs its queries once. */
export type KnownNames = { locations: Map<string, string>; organizations: Map<string, string> };

export function newKnownNames(): KnownNames {
  return { locations: new Map(), organizations: new Map() };
}

/**
 * The one mapping from a validated fact to Fact columns (every write path calls it). A fact
 * without a measure gets its metric's default (facts.md, "Measure and period").
 */
export function factColumns(input: FactInput, ids: ResolvedNames) {
  return {
    metric: input.metric,
    low: input.low,
    high: input.high,
    qualifier: input.qualifier,
    unit: input.unit,
    measure: input.measure ?? defaultMeasure(input.metric),
    periodStart: input.periodStart ?? null,
    locationId: ids.locationId,
    locationText: input.location,
    originId: ids.originId,
    destinationId: ids.destinationId,
    date: input.date,
    datePrecision: input.datePrecision,
    sourceOrgId: ids.sourceOrgId,
    excerpt: input.excerpt,
    sensitivity: input.sensitivity,
  };
}

export type FactColumns = ReturnType<typeof factColumns>;

/** Finds or creates the place, the origin, the destination and the source a fact names. */
export async function resolveNames(db: Db, input: FactInput, known: KnownNames = newKnownNames()): Promise<ResolvedNames> {
  const place = (name: string) => resolveOnce(known.locations, name, () => findOrCreateLocation(db, { name }));
  const locationId = await place(input.location);
  if (input.locationParent) await placeInside(db, locationId, await place(input.locationParent));
  const originId = input.origin ? await place(input.origin) : null;
  const destinationId = input.destination ? await place(input.destination) : null;
  const sourceOrgId = await resolveOnce(known.organizations, input.sourceOrg, () =>
    findOrCreateOrganization(db, { name: input.sourceOrg }),
  );
  return { locationId, sourceOrgId, originId, destinationId };
}

/**
 * Gives a place typed in a form its parent, only while it has neither parent nor children (a
 * new place): then no cycle is possible, and a place already in the hierarchy is moved only on
 * its location page.
 */
async function placeInside(db: Db, locationId: string, parentId: string): Promise<void> {
  if (locationId === parentId) return;
  await db.location.updateMany({ where: { id: locationId, parentId: null, children: { none: {} } }, data: { parentId } });
}

async function resolveOnce(known: Map<string, string>, name: string, resolve: () => Promise<{ id: string }>): Promise<string> {
  const id = known.get(name) ?? (await resolve()).id;
  known.set(name, id);
  return id;
}
