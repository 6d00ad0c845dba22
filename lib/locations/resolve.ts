import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { slugify, uniqueSlug } from '@/lib/slug';

/** Spellings that differ only in case, hyphens, apostrophes or a leading "the" are one alias. */
export function normalizeLocationAlias(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`‘]/g, '')
    .replace(/[-_\s]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

export type LocationDetails = {
  name: string;
  aliases?: string[];
  countryIso3?: string | null;
  pcode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** The user whose entry made a new location, for its audit entry. */
  createdBy?: string | null;
};

/** The location a name or alias refers to; a new location (with the name as its first alias, audited) when unknown. */
export async function findOrCreateLocation(db: Db, details: LocationDetails): Promise<{ id: string; name: string }> {
  const name = details.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const location = (await findLocationByName(db, name)) ?? (await createLocation(db, name, details));
  for (const alias of new Set([name, ...(details.aliases ?? [])].map(normalizeLocationAlias))) {
    await db.locationAlias.upsert({ where: { alias }, create: { alias, locationId: location.id }, update: {} });
  }
  return location;
}

async function createLocation(db: Db, name: string, details: LocationDetails): Promise<{ id: string; name: string }> {
  const created = await db.location.create({
    data: {
      name,
      slug: await uniqueSlug(slugify(name), async (slug) =>
        Boolean(await db.location.findUnique({ where: { slug }, select: { id: true } })),
      ),
      countryIso3: details.countryIso3 ?? null,
      pcode: details.pcode ?? null,
      latitude: details.latitude ?? null,
      longitude: details.longitude ?? null,
    },
    select: { id: true, name: true },
  });
  await recordAudit(db, {
    entityType: 'location',
    entityId: created.id,
    action: 'create',
    userId: details.createdBy ?? null,
    after: { name, countryIso3: details.countryIso3 ?? null, pcode: details.pcode ?? null },
  });
  return created;
}

export async function findLocationByName(db: Db, name: string) {
  const alias = await db.locationAlias.findUnique({
    where: { alias: normalizeLocationAlias(name) },
    select: { location: { select: { id: true, name: true } } },
  });
  return alias?.location ?? null;
}
