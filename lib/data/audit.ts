import 'server-only';
import type { AuditFilters } from '@/lib/audit/filters';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';

/** Newest first; the page says when there are more than this. */
export const AUDIT_PAGE_SIZE = 200;

export type AuditRow = {
  id: string;
  at: Date;
  who: string;
  action: string;
  entityType: string;
  entityId: string;
  clientAddress: string | null;
  details: string | null;
};

/**
 * One organization's audit events for its admins: everything filed under the organization, and
 * the account events (sign-ins, two-step changes) of its current members.
 */
export async function fetchAuditEvents(organizationId: string, filters: AuditFilters): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const members = await prisma.membership.findMany({ where: { organizationId }, select: { userId: true } });
  const where: Prisma.AuditEntryWhereInput = {
    OR: [{ organizationId }, { entityType: 'user', userId: { in: members.map((m) => m.userId) } }],
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    createdAt: {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) } : {}),
    },
  };
  const entries = await prisma.auditEntry.findMany({ where, orderBy: { createdAt: 'desc' }, take: AUDIT_PAGE_SIZE + 1 });
  const rows = entries.slice(0, AUDIT_PAGE_SIZE).map((entry) => ({
    id: entry.id,
    at: entry.createdAt,
    who: entry.actorName ?? 'Sitrep (automatic)',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    clientAddress: entry.clientAddress,
    details: entry.after ?? entry.before,
  }));
  return { rows, hasMore: entries.length > AUDIT_PAGE_SIZE };
}

/** The organizations an admin may pick on the audit page, by name. */
export async function fetchOrganizationNames(ids: string[]): Promise<{ id: string; name: string }[]> {
  return prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
