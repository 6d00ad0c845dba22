import 'server-only';
import { guarded } from '@/lib/data/guarded';
import { prisma } from '@/lib/prisma';

/** The organizations and places the filter form offers, by name. */
export async function fetchFilterOptions(): Promise<{
  organizations: { slug: string; name: string }[];
  locations: { slug: string; name: string }[];
}> {
  return guarded('fetchFilterOptions', async () => {
    const [organizations, locations] = await Promise.all([
      prisma.organization.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
      prisma.location.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    ]);
    return { organizations, locations };
  });
}
