import 'server-only';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import type { Role } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

export type MemberRow = { membershipId: string; userId: string; email: string; name: string; role: Role; since: string };

export type AdminOrganization = { id: string; name: string; members: MemberRow[] };

/** The organizations this user administers, each with its members (email order). Others' lists are never read. */
export async function fetchAdministeredOrganizations(user: SessionUser): Promise<AdminOrganization[]> {
  const organizationIds = organizationsWithRole(user, 'admin');
  if (organizationIds.length === 0) return [];
  try {
    const organizations = await prisma.organization.findMany({
      where: { id: { in: organizationIds } },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        memberships: {
          select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
          orderBy: { user: { email: 'asc' } },
        },
      },
    });
    return organizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      members: organization.memberships.map((m) => ({
        membershipId: m.id,
        userId: m.user.id,
        email: m.user.email,
        name: m.user.name,
        role: m.role as Role,
        since: m.createdAt.toISOString().slice(0, 10),
      })),
    }));
  } catch (error) {
    console.error('fetchAdministeredOrganizations failed', error);
    throw new Error('The member list could not be loaded. Reload the page to try again.');
  }
}
