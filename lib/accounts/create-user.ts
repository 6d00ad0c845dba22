import { auth } from '@/lib/auth/server';
import type { Db } from '@/lib/database';
import type { Role } from '@/lib/facts/vocabulary';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';

export type NewMember = { email: string; name?: string; password: string; organization: string; role: Role };

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Creates a user with an email/password account (hashed by Better Auth's scrypt) and gives them
 * a role in an organization. An existing user keeps their password and gets the membership.
 */
export async function createMember(db: Db, member: NewMember): Promise<{ userId: string; isNew: boolean }> {
  const email = member.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${member.email}" is not an e-mail address.`);
  const organization = await findOrCreateOrganization(db, { name: member.organization });
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const userId = existing?.id ?? (await createCredentialUser(email, member.name ?? email.split('@')[0], member.password));
  await db.membership.upsert({
    where: { userId_organizationId: { userId, organizationId: organization.id } },
    create: { userId, organizationId: organization.id, role: member.role },
    update: { role: member.role },
  });
  return { userId, isNew: !existing };
}

async function createCredentialUser(email: string, name: string, password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const context = await auth.$context;
  const user = await context.internalAdapter.createUser({ email, name, emailVerified: true }, { method: 'admin' });
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: await context.password.hash(password),
  });
  return user.id;
}
