import 'server-only';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { badParameter } from '@/lib/api/errors';
import type { Page } from '@/lib/api/params';
import type { ApiLocation } from '@/lib/api/schemas';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/** Places and organizations are public (the filter form lists them to everyone), by slug. */
export async function listLocations(page: Page): Promise<{ locations: ApiLocation[]; nextCursor: string | null }> {
  const after = decodeCursor('locations', page.cursor, 1);
  const rows = await prisma.location.findMany({
    where: after ? { slug: { gt: after[0] } } : {},
    select: {
      slug: true,
      name: true,
      kind: true,
      pcode: true,
      countryIso3: true,
      latitude: true,
      longitude: true,
      parent: { select: { slug: true } },
    },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
  });
  const locations = rows.slice(0, page.limit).map(({ parent, ...place }) => ({ ...place, parent: parent?.slug ?? null }));
  return { locations, nextCursor: nextOf('locations', rows.length > page.limit, locations.at(-1)?.slug) };
}

export async function listOrganizations(
  page: Page,
): Promise<{ organizations: { slug: string; name: string; shortName: string | null }[]; nextCursor: string | null }> {
  const after = decodeCursor('organizations', page.cursor, 1);
  const rows = await prisma.organization.findMany({
    where: after ? { slug: { gt: after[0] } } : {},
    select: { slug: true, name: true, shortName: true },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
  });
  const organizations = rows.slice(0, page.limit);
  return { organizations, nextCursor: nextOf('organizations', rows.length > page.limit, organizations.at(-1)?.slug) };
}

function nextOf(list: string, hasMore: boolean, lastSlug: string | undefined): string | null {
  return hasMore && lastSlug ? encodeCursor(list, [lastSlug]) : null;
}

/** An org or location slug that names nothing is a typo to report, not an empty answer. */
export async function assertKnownSlugs(filters: DashboardFilters): Promise<void> {
  const [organizations, places] = await Promise.all([
    filters.orgs.length ? prisma.organization.findMany({ where: { slug: { in: filters.orgs } }, select: { slug: true } }) : [],
    filters.locations.length ? prisma.location.findMany({ where: { slug: { in: filters.locations } }, select: { slug: true } }) : [],
  ]);
  const unknownOrg = filters.orgs.find((slug) => !organizations.some((row) => row.slug === slug));
  if (unknownOrg) throw badParameter('org', `No organization has the slug "${unknownOrg}": see /api/v1/organizations for the list.`);
  const unknownPlace = filters.locations.find((slug) => !places.some((row) => row.slug === slug));
  if (unknownPlace) throw badParameter('location', `No place has the slug "${unknownPlace}": see /api/v1/locations for the list.`);
}
