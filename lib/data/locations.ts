import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { guarded } from '@/lib/data/guarded';
import { descendantsOf } from '@/lib/locations/nesting';
import { prisma } from '@/lib/prisma';

const PLACE_SELECT = { id: true, name: true, slug: true, latitude: true, longitude: true, kind: true } satisfies Prisma.LocationSelect;
type PlaceSummary = Prisma.LocationGetPayload<{ select: typeof PLACE_SELECT }>;

/** One place's page: its codes and coordinates with their source, its parent and its children. */
export async function fetchPlace(slug: string) {
  return guarded('fetchPlace', () =>
    prisma.location.findUnique({
      where: { slug },
      select: {
        ...PLACE_SELECT,
        pcode: true,
        countryIso3: true,
        geoSource: true,
        parentId: true,
        parent: { select: PLACE_SELECT },
        children: { select: PLACE_SELECT, orderBy: { name: 'asc' } },
      },
    }),
  );
}

/** The places an editor may choose as a parent: all but the place itself and those inside it (no loops). */
export async function fetchParentChoices(locationId: string): Promise<PlaceSummary[]> {
  return guarded('fetchParentChoices', async () => {
    const all = await prisma.location.findMany({ select: { ...PLACE_SELECT, parentId: true }, orderBy: { name: 'asc' } });
    const inside = descendantsOf(locationId, all);
    return all.filter((place) => place.id !== locationId && !inside.has(place.id));
  });
}
