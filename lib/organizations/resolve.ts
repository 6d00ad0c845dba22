import type { Db } from '@/lib/database';
import { slugify, uniqueSlug } from '@/lib/slug';

export type OrganizationName = { name: string; shortName?: string | null };

/**
 * The organization a name or acronym refers to, created when unknown. "IRC" finds the
 * International Rescue Committee when that is its short name; case and spacing are ignored.
 */
export async function findOrCreateOrganization(db: Db, { name, shortName }: OrganizationName): Promise<{ id: string; name: string }> {
  const cleanName = name.trim().replace(/\s+/g, ' ');
  const existing = await findOrganizationByName(db, cleanName);
  if (existing) {
    if (shortName && !existing.shortName) {
      await db.organization.update({ where: { id: existing.id }, data: { shortName } });
    }
    return existing;
  }
  const slug = await uniqueSlug(slugify(shortName ?? cleanName), async (slug) => Boolean(await db.organization.findUnique({ where: { slug }, select: { id: true } })));
  return db.organization.create({
    data: { name: cleanName, shortName: shortName ?? null, slug },
    select: { id: true, name: true },
  });
}

export async function findOrganizationByName(db: Db, name: string) {
  const candidates = await db.organization.findMany({
    where: { OR: [{ name }, { shortName: name }, { slug: slugify(name) }] },
    select: { id: true, name: true, shortName: true },
  });
  if (candidates.length > 0) return candidates[0];
  // SQLite and PostgreSQL differ on case-insensitive matching; compare in code on the small table.
  const lowered = name.toLowerCase();
  const all = await db.organization.findMany({ select: { id: true, name: true, shortName: true } });
  return all.find((org) => org.name.toLowerCase() === lowered || org.shortName?.toLowerCase() === lowered) ?? null;
}

