import { randomBytes } from 'node:crypto';
import { auth } from '@/lib/auth/server';
import type { Db } from '@/lib/database';
import type { Role } from '@/lib/facts/vocabulary';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/account';

export { MIN_PASSWORD_LENGTH };

export type NewMember = { email: string; name?: string; password: string; organization: string; role: Role };

export type MembershipGrant = { email: string; name?: string; organizationId: string; role: Role; passwordHash: string | null };

export type GrantResult = { userId: string; membershipId: string; isNewUser: boolean; previousRole: Role | null };

/**
 * Creates a user with an email/password account (hashed by Better Auth's scrypt) and gives them
 * a role in an organization. An existing user keeps their password and gets the membership.
 */
export async function createMember(
  db: Db,
  member: NewMember,
): Promise<{ userId: string; membershipId: string; organizationId: string; isNew: boolean }> {
  const email = normalizeEmail(member.email);
  const organization = await findOrCreateOrganization(db, { name: member.organization });
  const exists = Boolean(await db.user.findUnique({ where: { email }, select: { id: true } }));
  const passwordHash = exists ? null : await hashPassword(member.password);
  const result = await grantMembership(db, { email, name: member.name, organizationId: organization.id, role: member.role, passwordHash });
  return { userId: result.userId, membershipId: result.membershipId, organizationId: organization.id, isNew: result.isNewUser };
}

/** Hashes before any transaction opens: scrypt takes tens of milliseconds and SQLite has one writer. */
export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const context = await auth.$context;
  return context.password.hash(password);
}

/**
 * Gives a person a role in an organization, creating their user and password account when they
 * are new. Written with `db` alone, so inside a transaction it is all-or-nothing.
 */
export async function grantMembership(db: Db, grant: MembershipGrant): Promise<GrantResult> {
  const email = normalizeEmail(grant.email);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  let userId = existing?.id;
  if (!userId) {
    if (!grant.passwordHash) throw new Error(`${email} has no account yet, so an initial password is needed.`);
    userId = await createCredentialUser(db, email, grant.name?.trim() || email.split('@')[0], grant.passwordHash);
  }
  const before = await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: grant.organizationId } } });
  const membership = await db.membership.upsert({
    where: { userId_organizationId: { userId, organizationId: grant.organizationId } },
    create: { userId, organizationId: grant.organizationId, role: grant.role },
    update: { role: grant.role },
  });
  return { userId, membershipId: membership.id, isNewUser: !existing, previousRole: (before?.role as Role | undefined) ?? null };
}

export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${raw}" is not an e-mail address.`);
  return email;
}

/** The same rows Better Auth's sign-up writes: a user, and a "credential" account holding the hash. */
async function createCredentialUser(db: Db, email: string, name: string, passwordHash: string): Promise<string> {
  const id = randomBytes(16).toString('hex');
  await db.user.create({ data: { id, email, name, emailVerified: true } });
  await db.account.create({
    data: { id: randomBytes(16).toString('hex'), userId: id, providerId: 'credential', accountId: id, password: passwordHash },
  });
  return id;
}
