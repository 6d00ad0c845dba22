import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Two rules every read path shares, each written here once, as a Prisma `where`/`orderBy` and as
 * SQL (the grouped dashboard queries, the rollup rebuild and its migration backfill).
 *
 * VISIBILITY: a fact counts when it is confirmed and not deleted, public or owned by one of the
 * reader's organizations, and from no report or from one the reader may see (a fact quoted from
 * a restricted report is restricted too, whatever its own level). Candidates and rejected facts
 * never count, whoever asks.
 *
 * CHOICE between sources (for one metric, unit, measure, place and day): the most recently
 * published (the report's day, else the fact's own), then the most recently confirmed, then the
 * larger id, so that every path draws the same fact.
 */

/** The reader's organizations (viewer or above); empty for the public. */
export type MemberOf = readonly string[];

export type VisibleItem = {
  ownerOrgId: string | null;
  sensitivity: string;
  /** Facts only; reports have no status. */
  status?: string;
  deletedAt?: Date | string | null;
  /** The report a fact came from: a restricted report restricts its facts too. */
  report?: { ownerOrgId: string | null; sensitivity: string } | null;
};

/**
 * Whether a reader may open one fact or report (its page, its history). Confirmed public ones are
 * for everyone; anything else (candidates, rejected, restricted, deleted) only for members of the
 * owning organization, who see their own work in progress although it does not count yet.
 */
export function canSee(memberOf: MemberOf, item: VisibleItem): boolean {
  if (item.report && !canSee(memberOf, item.report)) return false;
  const isOpen = item.sensitivity === 'public' && (item.status === undefined || item.status === 'confirmed') && !item.deletedAt;
  return isOpen || (item.ownerOrgId !== null && memberOf.includes(item.ownerOrgId));
}

/** Visibility as a Prisma where. Combine as `{ AND: [visible, other] }`: a spread would drop its AND. */
export function visibleFactsWhere(memberOf: MemberOf): Prisma.FactWhereInput {
  const owned = memberOf.length ? [{ ownerOrgId: { in: [...memberOf] } }] : [];
  const ownedReport = memberOf.length ? [{ report: { ownerOrgId: { in: [...memberOf] } } }] : [];
  return {
    status: 'confirmed',
    deletedAt: null,
    AND: [
      owned.length ? { OR: [{ sensitivity: 'public' }, ...owned] } : { sensitivity: 'public' },
      { OR: [{ reportId: null }, { report: { sensitivity: 'public' } }, ...ownedReport] },
    ],
  };
}

/**
 * Reports a reader may open: every report of their own organizations; others' only once
 * published, i.e. public with at least one confirmed figure.
 */
export function visibleReportsWhere(memberOf: MemberOf): Prisma.ReportWhereInput {
  const published: Prisma.ReportWhereInput = { sensitivity: 'public', facts: { some: { status: 'confirmed', deletedAt: null } } };
  return memberOf.length ? { OR: [published, { ownerOrgId: { in: [...memberOf] } }] } : published;
}

/**
 * Visibility as SQL over `f` (Fact) and `r` (its Report, LEFT JOINed). Organization ids are
 * quoted here rather than bound so the same text serves Prisma.raw, the rebuild and migrations;
 * they are cuids, and anything else is refused.
 */
export function visibleFactsSql(memberOf: MemberOf): string {
  const ids = memberOf.map(quoteId).join(', ');
  const report = ids ? ` OR r."ownerOrgId" IN (${ids})` : '';
  return `${factOwnVisibilitySql(memberOf)} AND (r."id" IS NULL OR r."sensitivity" = 'public'${report})`;
}

/** Fact columns as SQL; the export writes `+"status"` on SQLite to keep it off the status index. */
export type FactColumn = (name: 'status' | 'deletedAt' | 'sensitivity' | 'ownerOrgId') => string;

/** The fact's own part of the rule, for reads of Fact alone (the export), which add hiddenReportsSql. */
export function factOwnVisibilitySql(memberOf: MemberOf, column: FactColumn = (name) => `f."${name}"`): string {
  const ids = memberOf.map(quoteId).join(', ');
  const owned = ids ? ` OR ${column('ownerOrgId')} IN (${ids})` : '';
  return `${column('status')} = 'confirmed' AND ${column('deletedAt')} IS NULL AND (${column('sensitivity')} = 'public'${owned})`;
}

/** The reports whose facts this reader may not count: the complement of the report part above. */
export function hiddenReportsSql(memberOf: MemberOf): string {
  const ids = memberOf.map(quoteId).join(', ');
  const outside = ids ? ` AND ("ownerOrgId" IS NULL OR "ownerOrgId" NOT IN (${ids}))` : '';
  return `SELECT "id" FROM "Report" WHERE "sensitivity" <> 'public'${outside}`;
}

/** The facts everyone may count, as the FROM and WHERE of a statement over `f` and `r`. */
export const PUBLIC_FACTS_SQL = `FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId" WHERE ${visibleFactsSql([])}`;

function quoteId(id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`Not an organization id: ${id}`);
  return `'${id}'`;
}

/** The choice rule over facts (`f`, `r`), for ROW_NUMBER() windows: rank 1 is drawn. */
export const CHOICE_ORDER_SQL = `ORDER BY COALESCE(r."publishedDate", f."date") DESC, (f."reviewedAt" IS NULL) ASC, f."reviewedAt" DESC, f."id" DESC`;

/** The same rule over rollup rows, each of which is its drawn fact. */
export const CHOICE_ORDER_ROLLUP_SQL = `ORDER BY "chosenPublishedDate" DESC, ("chosenConfirmedAt" IS NULL) ASC, "chosenConfirmedAt" DESC, "chosenFactId" DESC`;

/** What the choice compares, in any fact-like shape. `confirmedAt` is an ISO time or ''. */
export type Choosable = { id: string; publishedDate: string; confirmedAt: string };

/** The same rule in TypeScript: whether `candidate` is drawn over `current`. */
export function isPreferred(candidate: Choosable, current: Choosable): boolean {
  if (candidate.publishedDate !== current.publishedDate) return candidate.publishedDate > current.publishedDate;
  if (candidate.confirmedAt !== current.confirmedAt) return candidate.confirmedAt > current.confirmedAt;
  return candidate.id > current.id;
}

export const CHOICE_RULE =
  'Where sources give different figures for the same metric, unit, measure, place and day, the figure from the most recently published source is drawn (then the most recently confirmed); the others are shown as the spread.';
