import type { Prisma } from '@/lib/generated/prisma/client';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * The facts a reader may count: confirmed and not deleted; public ones for everyone, restricted
 * ones only for members of the owning organization. A fact taken from a restricted report is
 * restricted too, whatever its own level (its excerpt quotes the report), so it also needs
 * membership of the report's organization. Candidates and rejected facts never appear on the
 * dashboard or in exports, whoever asks. Mirrors canSee in lib/auth/permissions.ts.
 */
export function visibleConfirmedFactsWhere(reader: SessionUser | null): Prisma.FactWhereInput {
  const memberOf = organizationsWithRole(reader, 'viewer');
  const factVisible: Prisma.FactWhereInput =
    memberOf.length === 0 ? { sensitivity: 'public' } : { OR: [{ sensitivity: 'public' }, { ownerOrgId: { in: memberOf } }] };
  const reportVisible: Prisma.FactWhereInput = {
    OR: [
      { reportId: null },
      { report: { sensitivity: 'public' } },
      ...(memberOf.length === 0 ? [] : [{ report: { ownerOrgId: { in: memberOf } } }]),
    ],
  };
  return { status: 'confirmed', deletedAt: null, AND: [factVisible, reportVisible] };
}

/** The dashboard's and the export's filters as one Prisma where clause, visibility included. */
export function buildFactWhere(filters: DashboardFilters, reader: SessionUser | null): Prisma.FactWhereInput {
  const date: Prisma.StringFilter = {};
  if (filters.from) date.gte = filters.from;
  if (filters.to) date.lte = filters.to;
  return {
    AND: [
      visibleConfirmedFactsWhere(reader),
      filters.from || filters.to ? { date } : {},
      filters.metrics.length ? { metric: { in: filters.metrics } } : {},
      filters.orgs.length ? { sourceOrg: { slug: { in: filters.orgs } } } : {},
      filters.locations.length ? { location: { slug: { in: filters.locations } } } : {},
    ],
  };
}
