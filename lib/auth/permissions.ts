import { ROLES, type Role } from '@/lib/facts/vocabulary';

/** Who is asking: the signed-in user with their role in each organization. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  memberships: { organizationId: string; role: Role }[];
};

const RANK: Record<Role, number> = Object.fromEntries(ROLES.map((role, index) => [role, index])) as Record<Role, number>;

export function roleIn(user: SessionUser | null, organizationId: string | null | undefined): Role | null {
  if (!user || !organizationId) return null;
  return user.memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
}

/** True when the user holds `minimum` or a stronger role in the organization (viewer < editor < admin). */
export function hasRole(user: SessionUser | null, organizationId: string | null | undefined, minimum: Role): boolean {
  const role = roleIn(user, organizationId);
  return role !== null && RANK[role] >= RANK[minimum];
}

export function organizationsWithRole(user: SessionUser | null, minimum: Role): string[] {
  if (!user) return [];
  return user.memberships.filter((m) => RANK[m.role] >= RANK[minimum]).map((m) => m.organizationId);
}

/** A fact, report or other owned item as far as visibility is concerned. */
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
 * What a reader may see of a fact or report. Confirmed public ones are for everyone; anything
 * else (candidates, rejected, restricted, deleted) only for members of the owning organization.
 * Anything unknown counts as restricted. Mirrors the visibility rule of lib/facts/visibility.ts.
 */
export function canSee(user: SessionUser | null, item: VisibleItem): boolean {
  if (item.report && !canSee(user, item.report)) return false;
  const isOpen = item.sensitivity === 'public' && (item.status === undefined || item.status === 'confirmed') && !item.deletedAt;
  return isOpen || hasRole(user, item.ownerOrgId, 'viewer');
}
