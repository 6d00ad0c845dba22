import type { Places } from '@/lib/facts/nesting';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';

/**
 * "Filtering on a place includes every place inside it": the ids of the places named by slug
 * and of every place below them (Location.parentId, any depth), as a subquery. WITH RECURSIVE
 * reads the same in SQLite and PostgreSQL.
 */
export function placesWithinSql(slugs: readonly string[]): Prisma.Sql {
  return Prisma.sql`WITH RECURSIVE "inside"("id") AS (
      SELECT "id" FROM "Location" WHERE "slug" IN (${Prisma.join(slugs)})
      UNION SELECT l."id" FROM "Location" l JOIN "inside" i ON l."parentId" = i."id"
    ) SELECT "id" FROM "inside"`;
}

/** Each place's parent, for the nesting rule (lib/facts/nesting.ts); places without one are left out. */
export async function fetchPlaceParents(): Promise<Places> {
  const rows = await prisma.location.findMany({ where: { parentId: { not: null } }, select: { id: true, parentId: true } });
  return new Map(rows.map((row) => [row.id, row.parentId]));
}
