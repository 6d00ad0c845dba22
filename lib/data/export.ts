import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/auth/permissions';
import { factWhereSql } from '@/lib/data/export-where';
import { openSqliteReader, type SqliteReader } from '@/lib/data/sqlite-reader';
import type { ExportFact } from '@/lib/export/types';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * Reads for the exports. Facts come in pages by id cursor (keyset, never OFFSET) through raw SQL
 * built from the same rules as buildFactWhere (see export-where.ts), without joins:
 * organizations, locations and reports are few and are looked up once each, which keeps a
 * million-row export fast and its memory bounded by one page.
 */
export const EXPORT_PAGE_SIZE = 5_000;

/** The fact columns the exports read; joins are replaced by the lookups below. */
const FACT_COLUMNS_SQL = Prisma.raw(
  ['id', 'metric', 'low', 'high', 'qualifier', 'unit', 'date', 'datePrecision', 'excerpt', 'sensitivity', 'sourceTitle', 'sourceUrl', 'locationId', 'sourceOrgId', 'reportId', 'reviewedAt', 'createdAt']
    .map((column) => `"${column}"`)
    .join(', '),
);

type FactExportRow = {
  id: string;
  metric: string;
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  date: string;
  datePrecision: string;
  excerpt: string;
  sensitivity: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
  locationId: string;
  sourceOrgId: string;
  reportId: string | null;
  reviewedAt: string | Date | null;
  createdAt: string | Date;
};

type Lookups = {
  orgs: Map<string, { name: string; shortName: string | null }>;
  locations: Map<string, { name: string; pcode: string | null }>;
  reports: Map<string, { title: string; url: string | null; publishedDate: string; publisherId: string }>;
};

/** Every fact the reader may see under the filters, in pages, ordered by id. */
export async function* iterateExportFacts(
  filters: DashboardFilters,
  reader: SessionUser | null,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportFact[]> {
  const sqlite = openSqliteReader();
  const where = factWhereSql(filters, reader, sqlite !== null);
  const lookups = newLookups();
  let cursor: string | null = null;
  try {
    for (;;) {
      const after: Prisma.Sql = cursor === null ? Prisma.empty : Prisma.sql`AND "id" > ${cursor}`;
      const rows = await readRows(sqlite, Prisma.sql`SELECT ${FACT_COLUMNS_SQL} FROM "Fact" WHERE ${where} ${after} ORDER BY "id" LIMIT ${pageSize}`);
      if (rows.length === 0) return;
      yield await toExportFacts(rows, lookups);
      if (rows.length < pageSize) return;
      cursor = rows[rows.length - 1].id;
    }
  } finally {
    sqlite?.close();
  }
}

/**
 * The same facts ordered by place, then day: what the summary needs to apply the counting rules
 * one place at a time (observations of a place and day arrive together). Places are read one by
 * one through the (locationId, date) index.
 */
export async function* iterateFactsByPlace(
  filters: DashboardFilters,
  reader: SessionUser | null,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportFact[]> {
  const sqlite = openSqliteReader();
  const where = factWhereSql(filters, reader, sqlite !== null);
  const lookups = newLookups();
  try {
    const places = await readRows<{ locationId: string }>(sqlite, Prisma.sql`SELECT DISTINCT "locationId" FROM "Fact" WHERE ${where} ORDER BY "locationId"`);
    for (const { locationId } of places) {
      let cursor: { date: string; id: string } | null = null;
      for (;;) {
        const after: Prisma.Sql = cursor === null ? Prisma.empty : Prisma.sql`AND ("date" > ${cursor.date} OR ("date" = ${cursor.date} AND "id" > ${cursor.id}))`;
        const rows = await readRows(sqlite, Prisma.sql`SELECT ${FACT_COLUMNS_SQL} FROM "Fact"
          WHERE "locationId" = ${locationId} AND ${where} ${after} ORDER BY "date", "id" LIMIT ${pageSize}`);
        if (rows.length > 0) yield await toExportFacts(rows, lookups);
        if (rows.length < pageSize) break;
        const last: FactExportRow = rows[rows.length - 1];
        cursor = { date: last.date, id: last.id };
      }
    }
  } finally {
    sqlite?.close();
  }
}

async function readRows<T = FactExportRow>(sqlite: SqliteReader | null, query: Prisma.Sql): Promise<T[]> {
  return sqlite ? sqlite.all<T>(query) : prisma.$queryRaw<T[]>(query);
}

/** Names of the organizations and locations a filter names by slug, for titles and headers. */
export async function fetchFilterNames(filters: DashboardFilters): Promise<{ orgNames: string[]; locationNames: string[] }> {
  const [orgs, locations] = await Promise.all([
    filters.orgs.length ? prisma.organization.findMany({ where: { slug: { in: filters.orgs } }, select: { name: true } }) : [],
    filters.locations.length ? prisma.location.findMany({ where: { slug: { in: filters.locations } }, select: { name: true } }) : [],
  ]);
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  return { orgNames: orgs.map((org) => org.name).sort(byName), locationNames: locations.map((place) => place.name).sort(byName) };
}

function newLookups(): Lookups {
  return { orgs: new Map(), locations: new Map(), reports: new Map() };
}

async function toExportFacts(rows: FactExportRow[], lookups: Lookups): Promise<ExportFact[]> {
  await loadLookups(rows, lookups);
  return rows.map((row) => toExportFact(row, lookups));
}

async function loadLookups(rows: FactExportRow[], lookups: Lookups): Promise<void> {
  const missingReports = missing(rows.map((row) => row.reportId), lookups.reports);
  const reports = missingReports.length
    ? await prisma.report.findMany({
        where: { id: { in: missingReports } },
        select: { id: true, title: true, url: true, publishedDate: true, publisherId: true },
      })
    : [];
  for (const report of reports) lookups.reports.set(report.id, report);
  const reportPublishers = reports.map((report) => report.publisherId);
  const missingOrgs = missing([...rows.map((row) => row.sourceOrgId), ...reportPublishers], lookups.orgs);
  const missingPlaces = missing(rows.map((row) => row.locationId), lookups.locations);
  const [orgs, places] = await Promise.all([
    missingOrgs.length ? prisma.organization.findMany({ where: { id: { in: missingOrgs } }, select: { id: true, name: true, shortName: true } }) : [],
    missingPlaces.length ? prisma.location.findMany({ where: { id: { in: missingPlaces } }, select: { id: true, name: true, pcode: true } }) : [],
  ]);
  for (const org of orgs) lookups.orgs.set(org.id, org);
  for (const place of places) lookups.locations.set(place.id, place);
}

function missing(ids: (string | null)[], known: Map<string, unknown>): string[] {
  const wanted = new Set<string>();
  for (const id of ids) if (id !== null && !known.has(id)) wanted.add(id);
  return [...wanted];
}

function toExportFact(row: FactExportRow, lookups: Lookups): ExportFact {
  const org = lookups.orgs.get(row.sourceOrgId);
  const report = row.reportId ? lookups.reports.get(row.reportId) : undefined;
  const publisher = report ? lookups.orgs.get(report.publisherId) : undefined;
  const place = lookups.locations.get(row.locationId);
  const orgName = org?.name ?? '';
  return {
    id: row.id,
    metric: row.metric,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    unit: row.unit,
    locationName: place?.name ?? '',
    locationCode: place?.pcode ?? null,
    date: row.date,
    datePrecision: row.datePrecision,
    sourceOrg: orgName,
    // Seeded public figures carry their source's title and URL on the fact itself.
    reportTitle: report?.title ?? row.sourceTitle,
    reportPublisher: report ? (publisher?.name ?? null) : row.sourceTitle ? orgName : null,
    reportDate: report?.publishedDate ?? null,
    reportUrl: report ? report.url : row.sourceUrl,
    excerpt: row.excerpt,
    sensitivity: row.sensitivity,
    locationId: row.locationId,
    sourceOrgId: row.sourceOrgId,
    sourceOrgShortName: org?.shortName ?? orgName,
    publishedDate: report?.publishedDate ?? row.date,
    confirmedAt: toIso(row.reviewedAt ?? row.createdAt),
  };
}

/** SQLite hands timestamps back as ISO text, PostgreSQL as Date objects. */
function toIso(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}
