import 'server-only';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/auth/permissions';
import { factWhereSql } from '@/lib/data/export-where';
import { openSqliteReader, type SqliteReader } from '@/lib/data/sqlite-reader';
import type { SummaryFact } from '@/lib/export/summary';
import type { ExportFact } from '@/lib/export/types';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * Reads for the exports. Facts come in pages by id cursor (keyset, never OFFSET) through raw SQL
 * built from the same rules as buildFactWhere (see export-where.ts), without joins:
 * organizations, locations and reports are few and are looked up once each, which keeps a
 * million-row export fast and its memory bounded by one page.
 *
 * Pages are small (1,000 rows, about 300 KB of CSV; 500 to 2,000 measured alike for speed and
 * peak memory), and separate queries rather than one long iteration: no read snapshot stays
 * open while a slow client downloads, so SQLite's WAL can still be checkpointed meanwhile.
 */
export const EXPORT_PAGE_SIZE = 1_000;

/**
 * The fact columns the exports read, in this order; rows arrive as arrays and are read by the
 * positions in COLUMN (a literal object, so the lookups compile to constant offsets).
 * `confirmedAt` is when a reviewer confirmed it, else when it was entered.
 */
const COLUMN = {
  id: 0, metric: 1, low: 2, high: 3, qualifier: 4, unit: 5, date: 6, datePrecision: 7, excerpt: 8, sensitivity: 9,
  sourceTitle: 10, sourceUrl: 11, locationId: 12, sourceOrgId: 13, reportId: 14, confirmedAt: 15,
} as const;
const FACT_COLUMN_NAMES = Object.keys(COLUMN) as (keyof typeof COLUMN)[];
const FACT_COLUMNS_SQL = columnsSql(false);
const SUMMARY_COLUMNS_SQL = columnsSql(true);

function columnsSql(isSummary: boolean): Prisma.Sql {
  const select = (column: keyof typeof COLUMN) => {
    if (column === 'confirmedAt') return 'COALESCE("reviewedAt", "createdAt") AS "confirmedAt"';
    if (isSummary && column === 'excerpt') return `'' AS "excerpt"`;
    return `"${column}"`;
  };
  return Prisma.raw(FACT_COLUMN_NAMES.map(select).join(', '));
}

/** One fact row as the database returns it, in FACT_COLUMN_NAMES order. */
type FactRow = unknown[];

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
): AsyncGenerator<Iterable<ExportFact>> {
  const sqlite = openSqliteReader();
  const where = factWhereSql(filters, reader, sqlite !== null);
  const lookups = newLookups();
  let cursor: string | null = null;
  try {
    for (;;) {
      const after: Prisma.Sql = cursor === null ? Prisma.empty : Prisma.sql`AND "id" > ${cursor}`;
      const rows = await readFactRows(sqlite, Prisma.sql`SELECT ${FACT_COLUMNS_SQL} FROM "Fact" WHERE ${where} ${after} ORDER BY "id" LIMIT ${pageSize}`);
      if (rows.length === 0) return;
      yield await toExportFacts(rows, lookups);
      if (rows.length < pageSize) return;
      cursor = rows[rows.length - 1][COLUMN.id] as string;
    }
  } finally {
    sqlite?.close();
  }
}

/**
 * The same facts ordered by place, then day: what the summary needs to apply the counting rules
 * one place at a time (observations of a place and day arrive together). Places are read one by
 * one through the (locationId, date) index; the list of places comes from the Location table
 * (a DISTINCT over the facts scanned the whole table: ~3 CPU-s at 1M facts). The excerpt, the
 * longest column, is not read: the summary does not use it.
 */
export async function* iterateFactsByPlace(
  filters: DashboardFilters,
  reader: SessionUser | null,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Iterable<SummaryFact>> {
  const sqlite = openSqliteReader();
  const where = factWhereSql(filters, reader, sqlite !== null);
  const lookups = newLookups();
  const onlyPlaces = filters.locations.length ? Prisma.sql`WHERE "slug" IN (${Prisma.join(filters.locations)})` : Prisma.empty;
  try {
    const places = await readRows<{ id: string }>(sqlite, Prisma.sql`SELECT "id" FROM "Location" ${onlyPlaces} ORDER BY "id"`);
    for (const { id: locationId } of places) {
      let cursor: { date: string; id: string } | null = null;
      for (;;) {
        // `"date" >=` lets the index seek to the cursor's day instead of re-reading the place from its first day.
        const after: Prisma.Sql = cursor === null ? Prisma.empty : Prisma.sql`AND "date" >= ${cursor.date} AND ("date" > ${cursor.date} OR "id" > ${cursor.id})`;
        const rows = await readFactRows(sqlite, Prisma.sql`SELECT ${SUMMARY_COLUMNS_SQL} FROM "Fact"
          WHERE "locationId" = ${locationId} AND ${where} ${after} ORDER BY "date", "id" LIMIT ${pageSize}`);
        if (rows.length > 0) yield await toExportFacts(rows, lookups);
        if (rows.length < pageSize) break;
        const last = rows[rows.length - 1];
        cursor = { date: last[COLUMN.date] as string, id: last[COLUMN.id] as string };
      }
    }
  } finally {
    sqlite?.close();
  }
}

async function readRows<T>(sqlite: SqliteReader | null, query: Prisma.Sql): Promise<T[]> {
  return sqlite ? sqlite.all<T>(query) : prisma.$queryRaw<T[]>(query);
}

/**
 * Fact rows as arrays: straight from SQLite's raw mode; PostgreSQL's objects are put in column order.
 * SQLite reads are synchronous: without a turn of the event loop before each page, a summary pass
 * (no socket in between) held the server's event loop for the whole pass, ~10 s at 1M facts.
 */
async function readFactRows(sqlite: SqliteReader | null, query: Prisma.Sql): Promise<FactRow[]> {
  if (sqlite) {
    await nextTurn();
    return sqlite.rows(query);
  }
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(query);
  return rows.map((row) => FACT_COLUMN_NAMES.map((column) => row[column]));
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

/**
 * A page as facts, each made only when its reader asks for it. Made all at once, a page's
 * facts outlive a scavenge together, V8 starts allocating every later fact straight in the old
 * generation (allocation-site pretenuring), and a million-row CSV export then grew the process
 * by ~100 MB more than its working set needs.
 */
async function toExportFacts(rows: FactRow[], lookups: Lookups): Promise<Iterable<ExportFact>> {
  await loadLookups(rows, lookups);
  return readFacts(rows, lookups);
}

function* readFacts(rows: FactRow[], lookups: Lookups): Generator<ExportFact> {
  for (const row of rows) yield toExportFact(row, lookups);
}

/** Loads the organizations, places and reports this page names that no earlier page did. */
async function loadLookups(rows: FactRow[], lookups: Lookups): Promise<void> {
  const missingReports = new Set<string>();
  const missingOrgs = new Set<string>();
  const missingPlaces = new Set<string>();
  for (const row of rows) {
    const reportId = row[COLUMN.reportId] as string | null;
    if (reportId !== null && !lookups.reports.has(reportId)) missingReports.add(reportId);
    if (!lookups.orgs.has(row[COLUMN.sourceOrgId] as string)) missingOrgs.add(row[COLUMN.sourceOrgId] as string);
    if (!lookups.locations.has(row[COLUMN.locationId] as string)) missingPlaces.add(row[COLUMN.locationId] as string);
  }
  const reports = missingReports.size
    ? await prisma.report.findMany({
        where: { id: { in: [...missingReports] } },
        select: { id: true, title: true, url: true, publishedDate: true, publisherId: true },
      })
    : [];
  for (const report of reports) {
    lookups.reports.set(report.id, report);
    if (!lookups.orgs.has(report.publisherId)) missingOrgs.add(report.publisherId);
  }
  const [orgs, places] = await Promise.all([
    missingOrgs.size ? prisma.organization.findMany({ where: { id: { in: [...missingOrgs] } }, select: { id: true, name: true, shortName: true } }) : [],
    missingPlaces.size ? prisma.location.findMany({ where: { id: { in: [...missingPlaces] } }, select: { id: true, name: true, pcode: true } }) : [],
  ]);
  for (const org of orgs) lookups.orgs.set(org.id, org);
  for (const place of places) lookups.locations.set(place.id, place);
}

function toExportFact(row: FactRow, lookups: Lookups): ExportFact {
  const sourceOrgId = row[COLUMN.sourceOrgId] as string;
  const locationId = row[COLUMN.locationId] as string;
  const reportId = row[COLUMN.reportId] as string | null;
  const date = row[COLUMN.date] as string;
  const sourceTitle = row[COLUMN.sourceTitle] as string | null;
  const org = lookups.orgs.get(sourceOrgId);
  const report = reportId ? lookups.reports.get(reportId) : undefined;
  const publisher = report ? lookups.orgs.get(report.publisherId) : undefined;
  const place = lookups.locations.get(locationId);
  const orgName = org?.name ?? '';
  return {
    id: row[COLUMN.id] as string,
    metric: row[COLUMN.metric] as string,
    low: row[COLUMN.low] as number,
    high: row[COLUMN.high] as number,
    qualifier: row[COLUMN.qualifier] as string,
    unit: row[COLUMN.unit] as string,
    locationName: place?.name ?? '',
    locationCode: place?.pcode ?? null,
    date,
    datePrecision: row[COLUMN.datePrecision] as string,
    sourceOrg: orgName,
    // Seeded public figures carry their source's title and URL on the fact itself.
    reportTitle: report?.title ?? sourceTitle,
    reportPublisher: report ? (publisher?.name ?? null) : sourceTitle ? orgName : null,
    reportDate: report?.publishedDate ?? null,
    reportUrl: report ? report.url : (row[COLUMN.sourceUrl] as string | null),
    excerpt: row[COLUMN.excerpt] as string,
    sensitivity: row[COLUMN.sensitivity] as string,
    locationId,
    sourceOrgId,
    sourceOrgShortName: org?.shortName ?? orgName,
    publishedDate: report?.publishedDate ?? date,
    confirmedAt: toIso(row[COLUMN.confirmedAt] as string | Date),
  };
}

/** SQLite hands timestamps back as ISO text, PostgreSQL as Date objects. */
function toIso(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}
