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
