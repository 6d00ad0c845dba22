import type { Db } from '@/lib/database';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import type { ImportPlace } from '@/lib/import/rows';

/**
 * The places an import names, found or created once each, with what the file says of them put
 * where the place has nothing yet: its P-code, kind, country, coordinates and parent (created by
 * name when new; an admin 1 area named as the parent gets its kind and code). What a place
 * already has is never overwritten by a file.
 */
export async function resolveImportPlaces(tx: Db, places: ImportPlace[], known: Map<string, string>): Promise<Map<string, string>> {
  for (const place of mergedByName(places)) {
    const id = known.get(place.name) ?? (await findOrCreateLocation(tx, { name: place.name })).id;
    known.set(place.name, id);
    const parentId = place.parent ? await resolveParent(tx, place, known) : null;
    await fillBlanks(tx, id, {
      pcode: place.pcode,
      kind: place.kind,
      countryIso3: place.countryIso3,
      latitude: place.latitude,
      longitude: place.longitude,
      parentId: parentId === id ? null : parentId,
    });
  }
  return known;
}

async function resolveParent(tx: Db, place: ImportPlace, known: Map<string, string>): Promise<string> {
  const name = place.parent!;
  const id = known.get(name) ?? (await findOrCreateLocation(tx, { name })).id;
  known.set(name, id);
  if (place.adm1 && place.adm1.name === name) await fillBlanks(tx, id, { kind: 'admin1', pcode: place.adm1.code });
  return id;
}

type PlaceFields = {
  pcode?: string | null;
  kind?: string | null;
  countryIso3?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  parentId?: string | null;
};

async function fillBlanks(tx: Db, id: string, fields: PlaceFields): Promise<void> {
  const given = Object.entries(fields).filter(([, value]) => value !== null && value !== undefined);
  if (given.length === 0) return;
  const current = (await tx.location.findUniqueOrThrow({
    where: { id },
    select: { pcode: true, kind: true, countryIso3: true, latitude: true, longitude: true, parentId: true },
  })) as Record<string, unknown>;
  const blanks = Object.fromEntries(given.filter(([key]) => current[key] === null));
  if (Object.keys(blanks).length > 0) await tx.location.update({ where: { id }, data: blanks });
}

/** One entry per place name, each field taken from the first row that fills it. */
function mergedByName(places: ImportPlace[]): ImportPlace[] {
  const byName = new Map<string, ImportPlace>();
  for (const place of places) {
    const seen = byName.get(place.name);
    if (!seen) byName.set(place.name, { ...place });
    else for (const key of Object.keys(place) as (keyof ImportPlace)[]) if (seen[key] === null) Object.assign(seen, { [key]: place[key] });
  }
  return [...byName.values()];
}
