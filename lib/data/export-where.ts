import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { factOwnVisibilitySql, hiddenReportsSql, type FactColumn } from '@/lib/facts/visibility';
import { placesWithinSql } from '@/lib/locations/within';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * buildFactWhere (lib/data/fact-filters.ts) as SQL, for the export's bulk reads: Prisma's query
 * engine reads about 30,000 rows/s, raw SQL several times more. Visibility is lib/facts/visibility.ts's
 * rule over Fact alone plus its hidden reports (checked against buildFactWhere by
 * __tests__/integration/export-access.test.ts); then the filters.
 *
 * On SQLite the status test is written `+"status"`: without it SQLite walks the status index
 * and sorts every page, instead of walking the primary key in order.
 */
export async function factWhereSql(
  filters: DashboardFilters,
  reader: SessionUser | null,
  isSqlite: boolean,
  inlineLimit = HIDDEN_REPORTS_INLINE_LIMIT,
): Promise<Prisma.Sql> {
  const memberOf = organizationsWithRole(reader, 'viewer');
  const column: FactColumn = (name) => (name === 'status' && isSqlite ? `+"status"` : `"${name}"`);
  const parts: Prisma.Sql[] = [Prisma.raw(factOwnVisibilitySql(memberOf, column))];
  const hidden = await hiddenReportsCondition(memberOf, inlineLimit);
  if (hidden) parts.push(hidden);
  if (filters.from) parts.push(Prisma.sql`"date" >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`"date" <= ${filters.to}`);
  if (filters.metrics.length) parts.push(Prisma.sql`"metric" IN (${Prisma.join(filters.metrics)})`);
  if (filters.orgs.length) {
    parts.push(Prisma.sql`"sourceOrgId" IN (SELECT "id" FROM "Organization" WHERE "slug" IN (${Prisma.join(filters.orgs)}))`);
  }
  if (filters.locations.length) {
    parts.push(Prisma.sql`"locationId" IN (${placesWithinSql(filters.locations)})`);
  }
  return Prisma.join(parts, ' AND ');
}

/** Up to this many hidden reports are named in the query; beyond, it asks the Report table. */
const HIDDEN_REPORTS_INLINE_LIMIT = 1_000;

/**
 * Facts of reports the reader may not see (restricted ones of organizations they are not a
 * member of) are restricted too, whatever their own level. Such reports are few, so their ids
 * are read once per export and named: as a subquery, the database re-read the Report table for
 * every page (+0.25 s on a million-fact export), and usually there are none to exclude at all.
 */
async function hiddenReportsCondition(memberOf: string[], inlineLimit: number): Promise<Prisma.Sql | null> {
  const hidden = Prisma.raw(hiddenReportsSql(memberOf));
  const ids = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`${hidden} LIMIT ${inlineLimit + 1}`);
  if (ids.length === 0) return null;
  const excluded = ids.length > inlineLimit ? hidden : Prisma.join(ids.map((report) => report.id));
  return Prisma.sql`("reportId" IS NULL OR "reportId" NOT IN (${excluded}))`;
}
