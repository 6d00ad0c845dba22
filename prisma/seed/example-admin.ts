import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createMember } from '@/lib/accounts/create-user';

export const EXAMPLE_ADMIN_ORG = 'Example Coordination Team';

/**
 * Creates the first admin from SITREP_ADMIN_EMAIL and SITREP_ADMIN_PASSWORD when both are set.
 * With neither set nothing is created, so no default password ever exists in production.
 */
export async function ensureExampleAdmin(prisma: PrismaClient): Promise<string | null> {
  const email = process.env.SITREP_ADMIN_EMAIL;
  const password = process.env.SITREP_ADMIN_PASSWORD;
  if (!email || !password) return null;
  const organization = process.env.SITREP_ADMIN_ORG ?? EXAMPLE_ADMIN_ORG;
  const { isNew } = await createMember(prisma, { email, password, organization, role: 'admin' });
  return isNew ? `Admin ${email} created in ${organization}.` : null;
}
