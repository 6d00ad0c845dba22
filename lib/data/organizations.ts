import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { fetchPublicFactCounts } from '@/lib/dashboard/read';
import { guarded } from '@/lib/data/guarded';
import { visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';
import { readableReportsWhere } from '@/lib/reports/access';
import { prisma } from '@/lib/prisma';

export type OrganizationSummary = {
  id: string;
  name: string;
  shortName: string | null;
  slug: string;
  factCount: number;
  reportCount: number;
};

/** Every organization with how many public figures it states and how many published reports anyone may open. */
export async function fetchOrganizations(): Promise<OrganizationSummary[]> {
  return guarded(
    'fetchOrganizations',
    async () => {
      const [organizations, factCounts, reports] = await Promise.all([
        prisma.organization.findMany({ select: { id: true, name: true, shortName: true, slug: true }, orderBy: { name: 'asc' } }),
        fetchPublicFactCounts(),
        prisma.report.groupBy({ by: ['publisherId'], where: readableReportsWhere(null), _count: { _all: true } }),
      ]);
      const reportCounts = new Map(reports.map((row) => [row.publisherId, row._count._all]));
      return organizations
        .map((organization) => ({
          ...organization,
          factCount: factCounts.get(organization.id) ?? 0,
          reportCount: reportCounts.get(organization.id) ?? 0,
        }))
        .sort((a, b) => b.factCount - a.factCount || a.name.localeCompare(b.name));
    },
    'the organizations',
  );
}

export async function fetchOrganizationBySlug(slug: string) {
  return guarded(
    'fetchOrganizationBySlug',
    () => prisma.organization.findUnique({ where: { slug }, select: { id: true, name: true, shortName: true, slug: true } }),
    'the organization',
  );
}

/** The reports an organization published that this reader may see, newest first. */
export async function fetchReportsPublishedBy(organizationId: string, reader: SessionUser | null) {
  return guarded(
    'fetchReportsPublishedBy',
    () =>
      prisma.report.findMany({
        where: { AND: [{ publisherId: organizationId }, readableReportsWhere(reader)] },
        select: { id: true, title: true, publishedDate: true, url: true },
        orderBy: { publishedDate: 'desc' },
        take: 100,
      }),
    "the organization's reports",
  );
}

/** First and last day this organization states a figure the reader may see. */
export async function fetchOrganizationSpan(
  organizationId: string,
  reader: SessionUser | null,
): Promise<{ from: string; to: string } | null> {
  return guarded(
    'fetchOrganizationSpan',
    async () => {
      const span = await prisma.fact.aggregate({
        where: { ...visibleConfirmedFactsWhere(reader), sourceOrgId: organizationId },
        _min: { date: true },
        _max: { date: true },
      });
      return span._min.date && span._max.date ? { from: span._min.date, to: span._max.date } : null;
    },
    "the organization's dates",
  );
}
