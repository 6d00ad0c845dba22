import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { visibleFactsWhere } from '@/lib/facts/visibility';
import type { DashboardFilters } from '@/lib/validation/filters';

/** The facts a reader may count: the visibility rule of lib/facts/visibility.ts for this reader. */
export function visibleConfirmedFactsWhere(reader: SessionUser | null): Prisma.FactWhereInput {
  return visibleFactsWhere(organizationsWithRole(reader, 'viewer'));
}

/**
 * A place and every place inside it, as a Prisma where on a location: a country, its
 * admin 1, 2 and 3 areas and the sites in them are at most four levels below (lib/locations/within.ts
 * is the same rule as SQL, at any depth).
 */
export function placesWithin(slugs: string[]): Prisma.LocationWhereInput {
  let location: Prisma.LocationWhereInput = { slug: { in: slugs } };
  const levels: Prisma.LocationWhereInput[] = [location];
  for (let depth = 0; depth < 4; depth += 1) {
    location = { parent: location };
    levels.push(location);
  }
  return { OR: levels };
}

function inPlaces(slugs: string[]): Prisma.FactWhereInput {
  return { location: placesWithin(slugs) };
}

/** The dashboard's and the export's filters as one Prisma where clause, visibility included. */
export function buildFactWhere(filters: DashboardFilters, reader: SessionUser | null): Prisma.FactWhereInput {
  const date: Prisma.StringFilter = {};
  if (filters.from) date.gte = filters.from;
  if (filters.to) date.lte = filters.to;
  return {
    AND: [
      visibleConfirmedFactsWhere(reader),
      filters.from || filters.to ? { date } : {},
      filters.metrics.length ? { metric: { in: filters.metrics } } : {},
      filters.orgs.length ? { sourceOrg: { slug: { in: filters.orgs } } } : {},
      filters.locations.length ? inPlaces(filters.locations) : {},
    ],
  };
}
