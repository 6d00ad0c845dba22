import 'server-only';
import { hasRole, organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { canSee } from '@/lib/facts/visibility';
import { FACT_FIGURE_SELECT } from '@/lib/facts/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';

const FACT_DETAIL_SELECT = {
  id: true,
  ...FACT_FIGURE_SELECT,
  excerptIsSummary: true,
  status: true,
  sensitivity: true,
  version: true,
  deletedAt: true,
  ownerOrgId: true,
  sourceTitle: true,
  sourceUrl: true,
  createdAt: true,
  updatedAt: true,
  measure: true,
  periodStart: true,
  confidence: true,
  rejectReason: true,
  location: { select: { name: true, parent: { select: { name: true } } } },
  origin: { select: { name: true } },
  destination: { select: { name: true } },
  sourceOrg: { select: { name: true, shortName: true } },
  ownerOrg: { select: { name: true } },
  // ownerOrgId and sensitivity: a fact from a restricted report is as restricted as its report.
  report: { select: { id: true, title: true, ownerOrgId: true, sensitivity: true } },
  enteredBy: { select: { name: true, email: true } },
} satisfies Prisma.FactSelect;

export type FactDetail = Prisma.FactGetPayload<{ select: typeof FACT_DETAIL_SELECT }>;

export type FactHistoryEntry = {
  id: string;
  action: string;
  who: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** What the reader may do with a fact on its page. */
export type FactPermissions = { canEdit: boolean; canRestore: boolean };

/**
 * One fact for its page, or null when it does not exist or the reader may not see it. Deleted
 * facts stay visible to members of the owning organization, so that an admin can restore them.
 */
export async function fetchFactDetail(
  id: string,
  reader: SessionUser | null,
): Promise<{ fact: FactDetail; permissions: FactPermissions } | null> {
  const fact = await prisma.fact.findUnique({ where: { id }, select: FACT_DETAIL_SELECT });
  if (!fact) return null;
  const isMember = hasRole(reader, fact.ownerOrgId, 'viewer');
  if (!canSee(organizationsWithRole(reader, 'viewer'), fact) || (fact.deletedAt && !isMember)) return null;
  return {
    // Who entered a fact is for the owning organization's members, not for anonymous or other readers.
    fact: isMember ? fact : { ...fact, enteredBy: null },
    permissions: { canEdit: hasRole(reader, fact.ownerOrgId, 'editor'), canRestore: hasRole(reader, fact.ownerOrgId, 'admin') },
  };
}

/**
 * The fact's audit log, oldest first. Organization and location ids in before/after are
 * replaced by names, because "sourceOrgId: ckx…" tells a reader nothing. Only members of the
 * owning organization see who did what; the name kept in the entry survives the user's deletion.
 */
export async function fetchFactHistory(factId: string, reader: SessionUser | null): Promise<FactHistoryEntry[]> {
  const [owner, entries] = await Promise.all([
    prisma.fact.findUnique({ where: { id: factId }, select: { ownerOrgId: true } }),
    prisma.auditEntry.findMany({
      where: { entityType: 'fact', entityId: factId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        action: true,
        createdAt: true,
        before: true,
        after: true,
        actorName: true,
        user: { select: { name: true, email: true } },
      },
    }),
  ]);
  const showPeople = hasRole(reader, owner?.ownerOrgId, 'viewer');
  const parsed = entries.map((entry) => ({ ...entry, before: parseJson(entry.before), after: parseJson(entry.after) }));
  const names = await fetchNames(parsed.flatMap((entry) => [entry.before, entry.after]));
  return parsed.map((entry) => ({
    id: entry.id,
    action: entry.action,
    who: whoDid(entry, showPeople),
    at: entry.createdAt,
    before: withNames(entry.before, names),
    after: withNames(entry.after, names),
  }));
}

function whoDid(entry: { actorName: string | null; user: { name: string; email: string } | null }, showPeople: boolean): string {
  const name = entry.actorName || entry.user?.name || entry.user?.email;
  if (!name) return 'Sitrep (automatic)';
  return showPeople ? name : 'A member of the owning organization';
}

function parseJson(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function fetchNames(records: (Record<string, unknown> | null)[]): Promise<Map<string, string>> {
  const ids = (key: string) => [...new Set(records.map((record) => record?.[key]).filter((id): id is string => typeof id === 'string'))];
  const [organizations, locations] = await Promise.all([
    prisma.organization.findMany({ where: { id: { in: ids('sourceOrgId') } }, select: { id: true, name: true } }),
    prisma.location.findMany({ where: { id: { in: ids('locationId') } }, select: { id: true, name: true } }),
  ]);
  return new Map([...organizations, ...locations].map((row) => [row.id, row.name]));
}

function withNames(record: Record<string, unknown> | null, names: Map<string, string>): Record<string, unknown> | null {
  if (!record) return null;
  const { sourceOrgId, locationId, ...rest } = record;
  return {
    ...rest,
    ...(sourceOrgId !== undefined ? { sourceOrg: names.get(String(sourceOrgId)) ?? sourceOrgId } : {}),
    ...(locationId !== undefined ? { location: names.get(String(locationId)) ?? locationId } : {}),
  };
}
