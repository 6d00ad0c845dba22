import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '@/lib/database';
import { findLocationByName } from '@/lib/locations/resolve';

const Source = z.object({ title: z.string(), url: z.string(), read_at: z.string().optional() });
const Place = z.object({
  name: z.string(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  coordinates_source: z.string().nullable(),
  pcode: z.string().nullable(),
  pcode_source: z.string().nullable(),
});
const GeoFile = z.object({ sources: z.record(z.string(), Source), places: z.array(Place) });
type GeoFile = z.infer<typeof GeoFile>;

/** data/places/geo.json, checked: every value names a listed source, and coordinates come in pairs. */
export function readPlaceGeo(dataDir: string): GeoFile {
  const file = path.join(dataDir, 'places', 'geo.json');
  const parsed = GeoFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`places/geo.json: ${z.prettifyError(parsed.error)}`);
  for (const place of parsed.data.places) {
    const hasCoordinates = place.latitude !== null && place.longitude !== null;
    if ((place.latitude === null) !== (place.longitude === null))
      throw new Error(`places/geo.json: ${place.name} has only one coordinate.`);
    if (hasCoordinates && !parsed.data.sources[place.coordinates_source ?? ''])
      throw new Error(`places/geo.json: ${place.name}'s coordinates name no listed source.`);
    if (place.pcode !== null && !parsed.data.sources[place.pcode_source ?? ''])
      throw new Error(`places/geo.json: ${place.name}'s P-code names no listed source.`);
  }
  return parsed.data;
}

/** Writes the sourced P-codes and coordinates onto the seeded places; values without a source stay as they are. */
export async function seedPlaceGeo(db: Db, geo: GeoFile): Promise<void> {
  for (const place of geo.places) {
    if (place.latitude === null && place.pcode === null) continue;
    const location = await findLocationByName(db, place.name);
    if (!location) throw new Error(`places/geo.json names "${place.name}", which no figures file lists.`);
    const cite = (key: string | null) => (key ? `${geo.sources[key].title} ${geo.sources[key].url}` : 'none found');
    await db.location.update({
      where: { id: location.id },
      data: {
        ...(place.latitude !== null ? { latitude: place.latitude, longitude: place.longitude } : {}),
        ...(place.pcode !== null ? { pcode: place.pcode } : {}),
        geoSource: `Coordinates: ${place.latitude !== null ? cite(place.coordinates_source) : 'none found'}. P-code: ${place.pcode !== null ? cite(place.pcode_source) : 'none found'}.`,
      },
    });
  }
}
