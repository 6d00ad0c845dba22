import type { Prisma } from '@/lib/generated/prisma/client';
import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';

const isPostgres = databaseKind(resolveDatabaseUrl()) === 'postgresql';

/**
 * "Contains, ignoring case" on both databases. SQLite's LIKE already ignores ASCII case, while
 * PostgreSQL's is case-sensitive and needs `mode: 'insensitive'` (ILIKE). The shared client type
 * is SQLite's, which has no `mode`, hence the cast (see lib/prisma.ts).
 */
export function containsText(query: string): Prisma.StringFilter {
  return isPostgres ? ({ contains: query, mode: 'insensitive' } as Prisma.StringFilter) : { contains: query };
}
