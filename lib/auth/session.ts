import 'server-only';
import { headers } from 'next/headers';
import { auth } from '@/lib/auth/server';
import { prisma } from '@/lib/prisma';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Role } from '@/lib/facts/vocabulary';

/** The signed-in user for this request, with memberships, or null. Sessions are checked in the database. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const memberships = await prisma.membership.findMany({
    where: { userId: session.user.id },
    select: { organizationId: true, role: true },
  });
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    memberships: memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
  };
}
