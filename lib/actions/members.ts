'use server';

import { revalidatePath } from 'next/cache';
import { hashPassword, grantMembership } from '@/lib/accounts/create-user';
import { refusalMessage } from '@/lib/auth/api-errors';
import { requireRole } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { prisma } from '@/lib/prisma';
import { MembershipRefSchema, NewMemberSchema, RoleChangeSchema } from '@/lib/validation/account';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type MemberFormState = FormState<'email' | 'name' | 'password' | 'role' | 'organizationId' | 'membershipId'> & {
  values?: { email: string; name: string; role: string };
};

const LAST_ADMIN = 'Every organization needs at least one admin. Make someone else admin first.';

/** Adds a person to an organization the caller administers; new people get the initial password given. */
export async function addMember(_previous: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const raw = formValues(formData, ['organizationId', 'email', 'name', 'password', 'role']);
  const values = { email: raw.email, name: raw.name, role: raw.role };
  try {
    const admin = await requireRole(raw.organizationId, 'admin');
    const parsed = NewMemberSchema.safeParse(raw);
    if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: 'Check the fields marked below.', values };
    const member = parsed.data;
    const already = await prisma.membership.findFirst({ where: { organizationId: member.organizationId, user: { email: member.email } } });
    if (already) return { errors: { email: ['This person is already a member. Change their role in the list instead.'] }, values };
    const passwordHash = await hashPassword(member.password);
    const granted = await prisma.$transaction(async (tx) => {
      const result = await grantMembership(tx, { ...member, passwordHash });
      await recordAudit(tx, {
        entityType: 'membership',
        entityId: result.membershipId,
        action: 'membership',
        userId: admin.id,
        before: null,
        after: { email: member.email, organizationId: member.organizationId, role: member.role },
      });
      return result;
    });
    revalidatePath('/members');
    const note = granted.isNewUser
      ? 'They can sign in with the initial password you gave.'
      : 'They already had an account and keep their own password.';
    return { ok: true, message: `${member.email} is now ${member.role}. ${note}` };
  } catch (error) {
    return failure(error, values);
  }
}

export async function changeMemberRole(_previous: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const raw = formValues(formData, ['membershipId', 'role']);
  try {
    const membership = await prisma.membership.findUnique({ where: { id: raw.membershipId } });
    const admin = await requireRole(membership?.organizationId, 'admin');
    const parsed = RoleChangeSchema.safeParse(raw);
    if (!parsed.success || !membership)
      return { errors: parsed.success ? {} : fieldErrorsOf(parsed.error), message: 'Pick a role: viewer, editor or admin.' };
    if (membership.role === parsed.data.role) return { ok: true, message: 'Nothing to change.' };
    const changed = await prisma.$transaction(async (tx) => {
      if (membership.role === 'admin' && (await isLastAdmin(tx, membership.organizationId))) return false;
      await tx.membership.update({ where: { id: membership.id }, data: { role: parsed.data.role } });
      await recordAudit(tx, {
        entityType: 'membership',
        entityId: membership.id,
        action: 'membership',
        userId: admin.id,
        before: { role: membership.role },
        after: { role: parsed.data.role },
      });
      return true;
    });
    if (!changed) return { message: LAST_ADMIN };
    revalidatePath('/members');
    return { ok: true, message: `Role changed to ${parsed.data.role}.` };
  } catch (error) {
    return failure(error);
  }
}

/** Removes a membership (the account stays, so its history keeps its name). Never the last admin. */
export async function removeMember(_previous: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const raw = formValues(formData, ['membershipId']);
  try {
    const membership = await prisma.membership.findUnique({
      where: { id: raw.membershipId },
      include: { user: { select: { email: true } } },
    });
    const admin = await requireRole(membership?.organizationId, 'admin');
    if (!MembershipRefSchema.safeParse(raw).success || !membership) return { message: 'That member was not found; reload the page.' };
    const removed = await prisma.$transaction(async (tx) => {
      if (membership.role === 'admin' && (await isLastAdmin(tx, membership.organizationId))) return false;
      await tx.membership.delete({ where: { id: membership.id } });
      await recordAudit(tx, {
        entityType: 'membership',
        entityId: membership.id,
        action: 'delete',
        userId: admin.id,
        before: { email: membership.user.email, organizationId: membership.organizationId, role: membership.role },
        after: null,
      });
      return true;
    });
    if (!removed) return { message: LAST_ADMIN };
    revalidatePath('/members');
    return { ok: true, message: `${membership.user.email} was removed.` };
  } catch (error) {
    return failure(error);
  }
}

async function isLastAdmin(db: Db, organizationId: string): Promise<boolean> {
  return (await db.membership.count({ where: { organizationId, role: 'admin' } })) <= 1;
}

function failure(error: unknown, values?: MemberFormState['values']): MemberFormState {
  const refusal = refusalMessage(error);
  if (refusal) return { message: refusal, values };
  console.error('Member change failed', error);
  return { message: 'The change could not be saved. Nothing was changed; try again.', values };
}
