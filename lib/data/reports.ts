import 'server-only';
import { hasRole, organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { canSee } from '@/lib/facts/visibility';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { containsText } from '@/lib/text-search';
import { readableReportsWhere } from '@/lib/reports/access';
import { matchConfirmed, type ConfirmedElsewhere, type Match } from '@/lib/reports/corroboration';
import { findPersonalData, type PersonalDataFinding } from '@/lib/reports/personal-data';
import { summarizeQuality } from '@/lib/reports/quality';
import { REVIEW_FACT_SELECT, toReviewFact, type ReviewFact } from '@/lib/reports/review-fact';
import { visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';

export type ReportListFilters = { publisher: string; from: string; to: string; q: string; review?: boolean };
export type ReportListRow = {
  id: string;
  title: string;
  publisher: string;
  publishedDate: string;
  isOwn: boolean;
  counts: { candidate: number; confirmed: number; rejected: number };
};

const LIST_LIMIT = 100;

/** Reports the reader may see, newest first, with how many figures are in each state. */
export async function fetchReportList(filters: ReportListFilters, reader: SessionUser | null): Promise<ReportListRow[]> {
  const where: Prisma.ReportWhereInput = {
    AND: [
      readableReportsWhere(reader),
      filters.publisher ? { publisher: { slug: filters.publisher } } : {},
      filters.from ? { publishedDate: { gte: filters.from } } : {},
      filters.to ? { publishedDate: { lte: filters.to } } : {},
      filters.q ? { OR: [{ title: containsText(filters.q) }, { text: containsText(filters.q) }] } : {},
      filters.review ? toReviewWhere(reader) : {},
    ],
  };
  try {
    const reports = await prisma.report.findMany({
      where,
      select: { id: true, title: true, publishedDate: true, ownerOrgId: true, publisher: { select: { name: true } } },
      orderBy: [{ publishedDate: 'desc' }, { createdAt: 'desc' }],
      take: LIST_LIMIT,
    });
    const counts = await prisma.fact.groupBy({
      by: ['reportId', 'status'],
      where: { reportId: { in: reports.map((r) => r.id) }, deletedAt: null },
      _count: { _all: true },
    });
    return reports.map((report) => {
      const isOwn = hasRole(reader, report.ownerOrgId, 'viewer');
      const count = (status: string) => counts.find((row) => row.reportId === report.id && row.status === status)?._count._all ?? 0;
      // Candidates and rejections are the owning organization's work in progress: others see confirmed only.
      return {
        id: report.id,
        title: report.title,
        publisher: report.publisher.name,
        publishedDate: report.publishedDate,
        isOwn,
        counts: { candidate: isOwn ? count('candidate') : 0, confirmed: count('confirmed'), rejected: isOwn ? count('rejected') : 0 },
      };
    });
  } catch (error) {
    console.error('fetchReportList failed', error);
    throw new Error('Could not load the reports.');
  }
}

/**
 * Reports waiting for the reader's review: their organizations' reports with figures still
 * candidates. Only an editor reviews, so a viewer has none.
 */
function toReviewWhere(reader: SessionUser | null): Prisma.ReportWhereInput {
  return { ownerOrgId: { in: organizationsWithRole(reader, 'editor') }, facts: { some: { status: 'candidate', deletedAt: null } } };
}

/** The count beside "To review" on /reports. */
export async function countReportsToReview(reader: SessionUser | null): Promise<number> {
  if (organizationsWithRole(reader, 'editor').length === 0) return 0;
  return prisma.report.count({ where: toReviewWhere(reader) });
}

/** Organizations that published at least one report: the publisher filter's choices. */
export async function fetchReportPublishers(): Promise<{ slug: string; name: string }[]> {
  return prisma.organization.findMany({
    where: { publishedReports: { some: {} } },
    select: { slug: true, name: true },
    orderBy: { name: 'asc' },
  });
}

/** Every organization name, offered while typing a publisher. */
export async function fetchOrganizationNames(): Promise<string[]> {
  const rows = await prisma.organization.findMany({ select: { name: true }, orderBy: { name: 'asc' } });
  return rows.map((row) => row.name);
}

/** The organizations a user files reports for (their editor memberships). */
export async function fetchOrganizationsById(ids: string[]): Promise<{ id: string; name: string }[]> {
  return prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export type ReportReview = {
  report: {
    id: string;
    title: string;
    publisher: string;
    publishedDate: string;
    url: string | null;
    text: string;
    sensitivity: string;
    ownerOrg: string | null;
  };
  facts: ReviewFact[];
  matches: Record<string, Match[]>;
  canReview: boolean;
  personalData: PersonalDataFinding[];
  /** Which page of the report's figures this is, and how many there are in all. */
  page: { number: number; count: number; size: number; totalFacts: number; candidates: number };
  /** Figures extraction found beyond the per-report cap, never stored. */
  leftOut: number;
  /** A long report's figures are read by the job worker: 'pending' until then, 'failed' after its last attempt. */
  extraction: { state: string; lastError: string | null } | null;
};

/** Figures per page of the review screen: past a few hundred the table is too long to review and too heavy to load. */
export const REVIEW_PAGE_SIZE = 200;

/** A report with the page of figures the reader may see; null when missing or not visible to them. */
export async function fetchReportReview(id: string, reader: SessionUser | null, pageNumber = 1): Promise<ReportReview | null> {
  const report = await prisma.report.findFirst({
    where: { AND: [{ id }, readableReportsWhere(reader)] },
    select: {
      id: true,
      title: true,
      publishedDate: true,
      url: true,
      text: true,
      sensitivity: true,
      ownerOrgId: true,
      reprintOfId: true,
      publisher: { select: { name: true } },
      ownerOrg: { select: { name: true } },
    },
  });
  if (!report) return null;
  // Visibility is decided on a light list of every figure, then only one page is loaded in full.
  const all = await prisma.fact.findMany({
    where: { reportId: id, deletedAt: null },
    select: { id: true, ownerOrgId: true, sensitivity: true, status: true },
    orderBy: [{ excerptStart: 'asc' }, { createdAt: 'asc' }],
  });
  const memberOf = organizationsWithRole(reader, 'viewer');
  const visibleIds = all.filter((row) => canSee(memberOf, row));
  const count = Math.max(1, Math.ceil(visibleIds.length / REVIEW_PAGE_SIZE));
  const number = Math.min(Math.max(1, Math.trunc(pageNumber) || 1), count);
  const pageIds = visibleIds.slice((number - 1) * REVIEW_PAGE_SIZE, number * REVIEW_PAGE_SIZE).map((row) => row.id);
  const rows = await prisma.fact.findMany({
    where: { id: { in: pageIds } },
    select: { ...REVIEW_FACT_SELECT, locationId: true, ownerOrgId: true },
    orderBy: [{ excerptStart: 'asc' }, { createdAt: 'asc' }],
  });
  const reportFamily = report.reprintOfId ?? report.id;
  const [elsewhere, extraction] = await Promise.all([
    fetchConfirmedElsewhere(id, rows, reader),
    prisma.reportExtraction.findUnique({ where: { reportId: id }, select: { leftOut: true, state: true, lastError: true } }),
  ]);
  return {
    report: {
      id: report.id,
      title: report.title,
      publisher: report.publisher.name,
      publishedDate: report.publishedDate,
      url: report.url,
      text: report.text,
      sensitivity: report.sensitivity,
      ownerOrg: report.ownerOrg?.name ?? null,
    },
    facts: rows.map(toReviewFact),
    matches: Object.fromEntries(
      rows.map((row) => [row.id, matchConfirmed({ ...row, sourceOrg: row.sourceOrg.name, reportFamily }, elsewhere)]),
    ),
    canReview: hasRole(reader, report.ownerOrgId, 'editor'),
    personalData: findPersonalData(report.text),
    page: {
      number,
      count,
      size: REVIEW_PAGE_SIZE,
      totalFacts: visibleIds.length,
      candidates: visibleIds.filter((row) => row.status === 'candidate').length,
    },
    leftOut: extraction?.leftOut ?? 0,
    extraction: extraction ? { state: extraction.state, lastError: extraction.lastError } : null,
  };
}

async function fetchConfirmedElsewhere(
  reportId: string,
  facts: { metric: string; locationId: string; date: string }[],
  reader: SessionUser | null,
): Promise<ConfirmedElsewhere[]> {
  if (facts.length === 0) return [];
  const rows = await prisma.fact.findMany({
    where: {
      AND: [visibleConfirmedFactsWhere(reader), { OR: [{ reportId: null }, { reportId: { not: reportId } }] }, { OR: distinctKeys(facts) }],
    },
    select: {
      id: true,
      metric: true,
      locationId: true,
      date: true,
      low: true,
      high: true,
      qualifier: true,
      sourceUrl: true,
      sourceTitle: true,
      reportId: true,
      report: { select: { title: true, reprintOfId: true } },
      sourceOrg: { select: { name: true } },
    },
    take: 200,
  });
  return rows.map(({ report, ...row }) => ({
    ...row,
    sourceOrg: row.sourceOrg.name,
    reportTitle: report?.title ?? null,
    reportFamily: row.reportId ? (report?.reprintOfId ?? row.reportId) : null,
  }));
}

/** One condition per metric, place and day: a dense report repeats them, and each costs three query parameters. */
function distinctKeys(facts: { metric: string; locationId: string; date: string }[]) {
  const keys = new Map(facts.map(({ metric, locationId, date }) => [`${metric}|${locationId}|${date}`, { metric, locationId, date }]));
  return [...keys.values()];
}

/** Per field and per metric, how often extraction was right over the reader's last `lastReports` reviewed reports. */
export async function fetchExtractionQuality(lastReports: number, reader: SessionUser | null) {
  const memberOf = organizationsWithRole(reader, 'viewer');
  const reports = await prisma.report.findMany({
    where: { AND: [readableReportsWhere(reader), { feedback: { some: {} } }] },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
    take: lastReports,
  });
  const reportIds = reports.map((report) => report.id);
  const [rows, facts] = await Promise.all([
    prisma.reviewFeedback.findMany({
      where: { reportId: { in: reportIds } },
      select: { factId: true, metric: true, outcome: true, field: true, createdAt: true },
    }),
    prisma.fact.findMany({
      where: {
        reportId: { in: reportIds },
        deletedAt: null,
        OR: [{ status: 'confirmed' }, { status: 'rejected', ownerOrgId: { in: memberOf } }],
      },
      select: { id: true, status: true },
    }),
  ]);
  return { reports: reportIds.length, ...summarizeQuality(rows, facts) };
}
