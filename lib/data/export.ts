import 'server-only';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/auth/permissions';
import { FACT_KIND_SQL, kindOf, loadExportLookups, newExportLookups, sourceOf, type ExportLookups } from '@/lib/data/export-lookups';
import { factWhereSql } from '@/lib/data/export-where';
import { openSqliteReader, type SqliteReader } from '@/lib/data/sqlite-reader';
import type { SummaryFact } from '@/lib/export/summary';
import type { Measure } from '@/lib/facts/counting';
import type { ExportFact, ExportOrganization, ExportPlace, ExportSource } from '@/lib/export/types';
import { placesWithinSql } from '@/lib/locations/within';
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
 * `kind` is the fact's metric, qualifier, date precision, sensitivity and unit as one value (see
 * export-lookups.ts); `confirmedAt` (when a reviewer confirmed it, else when it was entered),
 * `measure` and `periodStart` only the summary reads.
 */
const COLUMN = {
  id: 0,
  kind: 1,
  low: 2,
  high: 3,
  date: 4,
  excerpt: 5,
  sourceTitle: 6,
  sourceUrl: 7,
  locationId: 8,
  sourceOrgId: 9,
  reportId: 10,
  periodStart: 11,
  originId: 12,
  destinationId: 13,
  confirmedAt: 14,
} as const;
type ColumnName = keyof typeof COLUMN;
const COLUMN_NAMES = Object.keys(COLUMN) as ColumnName[];
const SUMMARY_ONLY: ReadonlySet<ColumnName> = new Set<ColumnName>(['confirmedAt']);

/**
 * The select list for a pass. Every value read costs (~0.1 µs each through better-sqlite3, a
 * third of a CSV export), so a pass reads only what it uses: the files no confirmedAt, the
 * summary not the excerpt, the longest text (read as '').
 */
function selectSql(pass: 'files' | 'summary'): Prisma.Sql {
  const columns = COLUMN_NAMES.filter((column) => pass === 'summary' || !SUMMARY_ONLY.has(column)).map((column) => {
    if (column === 'kind') return `${FACT_KIND_SQL} AS "kind"`;
    if (column === 'confirmedAt') return 'COALESCE("reviewedAt", "createdAt") AS "confirmedAt"';
    return pass === 'summary' && column === 'excerpt' ? `'' AS "excerpt"` : `"${column}"`;
  });
  return Prisma.raw(columns.join(', '));
}
const FILES_SELECT = selectSql('files');
const SUMMARY_SELECT = selectSql('summary');

/** One fact row as the database returns it, in COLUMN order. */
type FactRow = unknown[];

/**
 * Every fact the reader may see under the filters, in pages, ordered by date, then place name,
 * then id (how people read a table). Read by (date, id) keyset; a day is sorted by place once all
 * of it has arrived, so memory holds at most one page plus one day.
 */
export async function* iterateExportFacts(
  filters: DashboardFilters,
  reader: SessionUser | null,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Iterable<ExportFact>> {
  const sqlite = openSqliteReader();
  const where = await factWhereSql(filters, reader, sqlite !== null);
  const lookups = newExportLookups();
  let cursor: { date: string; id: string } | null = null;
  let unfinishedDay: FactRow[] = [];
  try {
    for (;;) {
      const after: Prisma.Sql =
        cursor === null ? Prisma.empty : Prisma.sql`AND "date" >= ${cursor.date} AND ("date" > ${cursor.date} OR "id" > ${cursor.id})`;
      const rows = await readFactRows(
        sqlite,
        Prisma.sql`SELECT ${FILES_SELECT} FROM "Fact" WHERE ${where} ${after} ORDER BY "date", "id" LIMIT ${pageSize}`,
      );
      await loadExportLookups(lookups, rows, COLUMN);
      const isLast = rows.length < pageSize;
      const lastDate = isLast ? null : (rows[rows.length - 1][COLUMN.date] as string);
      const pending = unfinishedDay.concat(rows);
      const cut = lastDate === null ? pending.length : pending.findIndex((row) => row[COLUMN.date] === lastDate);
      unfinishedDay = pending.slice(cut);
      if (cut > 0) yield readFacts(byDateThenPlace(pending.slice(0, cut), lookups), lookups);
      if (isLast) return;
      const last = rows[rows.length - 1];
      cursor = { date: last[COLUMN.date] as string, id: last[COLUMN.id] as string };
    }
  } finally {
    sqlite?.close();
  }
}

/** Rows of whole days, sorted by date, then place name, then id. */
function byDateThenPlace(rows: FactRow[], lookups: ExportLookups): FactRow[] {
  const placeName = (row: FactRow) => lookups.places.get(row[COLUMN.locationId] as string)?.name ?? '';
  const text = (value: unknown) => value as string;
  return rows.sort(
    (a, b) =>
      compare(text(a[COLUMN.date]), text(b[COLUMN.date])) ||
      placeName(a).localeCompare(placeName(b), 'en') ||
      compare(text(a[COLUMN.id]), text(b[COLUMN.id])),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const where = await factWhereSql(filters, reader, sqlite !== null);
  const lookups = newExportLookups();
  const onlyPlaces = filters.locations.length ? Prisma.sql`WHERE "id" IN (${placesWithinSql(filters.locations)})` : Prisma.empty;
  try {
    const places = await readRows<{ id: string }>(sqlite, Prisma.sql`SELECT "id" FROM "Location" ${onlyPlaces} ORDER BY "id"`);
    for (const { id: locationId } of places) {
      let cursor: { date: string; id: string } | null = null;
      for (;;) {
        // `"date" >=` lets the index seek to the cursor's day instead of re-reading the place from its first day.
        const after: Prisma.Sql =
          cursor === null ? Prisma.empty : Prisma.sql`AND "date" >= ${cursor.date} AND ("date" > ${cursor.date} OR "id" > ${cursor.id})`;
        const rows = await readFactRows(
          sqlite,
          Prisma.sql`SELECT ${SUMMARY_SELECT} FROM "Fact"
          WHERE "locationId" = ${locationId} AND ${where} ${after} ORDER BY "date", "id" LIMIT ${pageSize}`,
        );
        if (rows.length > 0) {
          await loadExportLookups(lookups, rows, COLUMN);
          yield readFacts(rows, lookups);
        }
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
  return rows.map((row) => COLUMN_NAMES.map((column) => row[column]));
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

/**
 * A page as facts, each made only when its reader asks for it. Made all at once, a page's
 * facts outlive a scavenge together, V8 starts allocating every later fact straight in the old
 * generation (allocation-site pretenuring), and a million-row CSV export then grew the process
 * by ~100 MB more than its working set needs.
 */
function* readFacts(rows: FactRow[], lookups: ExportLookups): Generator<SummaryFact> {
  for (const row of rows) yield toFact(row, lookups);
}

/**
 * One row as a fact, for both passes: one object shape, one literal (spreading an export fact
 * into a summary fact cost the summary pass 40% more time and 70 MB more memory). The files
 * pass does not read the summary's columns and leaves them empty.
 */
function toFact(row: FactRow, lookups: ExportLookups): SummaryFact {
  const sourceOrg = organizationOf(row, lookups);
  // Checked by length: reading past an array's end takes V8's slow path.
  const confirmedAt = row.length > COLUMN.confirmedAt ? (row[COLUMN.confirmedAt] as string | Date) : undefined;
  const kind = kindOf(lookups, row[COLUMN.kind] as string);
  return {
    id: row[COLUMN.id] as string,
    low: row[COLUMN.low] as number,
    high: row[COLUMN.high] as number,
    date: row[COLUMN.date] as string,
    excerpt: row[COLUMN.excerpt] as string,
    kind,
    place: placeOf(row, lookups),
    periodStart: row[COLUMN.periodStart] as string | null,
    origin: optionalPlace(row[COLUMN.originId], lookups),
    destination: optionalPlace(row[COLUMN.destinationId], lookups),
    sourceOrg,
    source: sourceOfRow(row, lookups, sourceOrg),
    confirmedAt: confirmedAt === undefined ? '' : toIso(confirmedAt),
    measure: kind.measure as Measure,
  };
}

/** loadExportLookups has loaded every place, organization and report a page names. */
function placeOf(row: FactRow, lookups: ExportLookups): ExportPlace {
  return lookups.places.get(row[COLUMN.locationId] as string)!;
}

function optionalPlace(id: unknown, lookups: ExportLookups): ExportPlace | null {
  return id === null ? null : (lookups.places.get(id as string) ?? null);
}

function organizationOf(row: FactRow, lookups: ExportLookups): ExportOrganization {
  return lookups.orgs.get(row[COLUMN.sourceOrgId] as string)!;
}

function sourceOfRow(row: FactRow, lookups: ExportLookups, sourceOrg: ExportOrganization): ExportSource | null {
  return sourceOf(
    lookups,
    row[COLUMN.reportId] as string | null,
    sourceOrg,
    row[COLUMN.sourceTitle] as string | null,
    row[COLUMN.sourceUrl] as string | null,
  );
}

/** SQLite hands timestamps back as ISO text, PostgreSQL as Date objects. */
function toIso(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}
