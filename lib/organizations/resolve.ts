import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { slugify, uniqueSlug } from '@/lib/slug';

/** createdBy: the user whose entry made a new organization, for its audit entry. */
export type OrganizationName = { name: string; shortName?: string | null; createdBy?: string | null };

/**
 * The organization a name or acronym refers to, created (and audited) when unknown. "IRC" finds
 * the International Rescue Committee when that is its short name; case and spacing are ignored.
 * A slug is never matched: two different names with one slug ("Save-the-Children", "Save the
 * Children!", or two emoji) are two organizations, and the new one gets a slug of its own.
 */
export async function findOrCreateOrganization(
  db: Db,
  { name, shortName, createdBy = null }: OrganizationName,
): Promise<{ id: string; name: string }> {
  const cleanName = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const existing = await findOrganizationByName(db, cleanName);
  if (existing) {
    if (shortName && !existing.shortName) {
      await db.organization.update({ where: { id: existing.id }, data: { shortName } });
    }
    return existing;
  }
  const slug = await uniqueSlug(slugify(shortName ?? cleanName), async (slug) =>
    Boolean(await db.organization.findUnique({ where: { slug }, select: { id: true } })),
  );
  const created = await db.organization.create({
    data: { name: cleanName, shortName: shortName ?? null, slug },
    select: { id: true, name: true },
  });
  await recordAudit(db, {
    entityType: 'organization',
    entityId: created.id,
    action: 'create',
    userId: createdBy,
    after: { name: cleanName, shortName: shortName ?? null, slug },
  });
  return created;
}

export async function findOrganizationByName(db: Db, name: string) {
  const candidates = await db.organization.findMany({
    where: { OR: [{ name }, { shortName: name }] },
    select: { id: true, name: true, shortName: true },
  });
  if (candidates.length > 0) return candidates[0];
  // SQLite and PostgreSQL differ on case-insensitive matching; compare in code on the small table.
  const lowered = name.normalize('NFC').toLowerCase();
  const all = await db.organization.findMany({ select: { id: true, name: true, shortName: true } });
  return (
    all.find((org) => org.name.normalize('NFC').toLowerCase() === lowered || org.shortName?.normalize('NFC').toLowerCase() === lowered) ??
    null
  );
}
