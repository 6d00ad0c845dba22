import 'server-only';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/prisma';

/** Names offered as suggestions in the entry forms; typing a new one creates it on save. */
export type EntryOptions = {
  locations: string[];
  organizations: string[];
  /** Organizations the user may enter facts for (editor or admin there). */
  ownerOrganizations: { id: string; name: string }[];
};

/** Known locations and organizations for autocomplete, and where the user may enter facts. */
export async function fetchEntryOptions(user: SessionUser): Promise<EntryOptions> {
  try {
    const [locations, organizations, owners] = await Promise.all([
      prisma.location.findMany({ select: { name: true }, orderBy: { name: 'asc' }, take: 2_000 }),
      prisma.organization.findMany({ select: { name: true, shortName: true }, orderBy: { name: 'asc' }, take: 2_000 }),
      prisma.organization.findMany({
        where: { id: { in: organizationsWithRole(user, 'editor') } },
        select: { id: true, name: true },
        orderBy: { name: 'asc' },
      }),
    ]);
    return {
      locations: locations.map((location) => location.name),
      organizations: organizations.flatMap((org) => (org.shortName ? [org.name, org.shortName] : [org.name])),
      ownerOrganizations: owners,
    };
  } catch (error) {
    console.error('fetchEntryOptions failed', error);
    throw new Error('Could not load the known locations and organizations.');
  }
}
