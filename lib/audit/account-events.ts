import { recordAudit, type AuditAction } from '@/lib/audit/record';
import { prisma } from '@/lib/prisma';

export type AccountEvent = {
  action: Extract<AuditAction, 'sign-in' | 'sign-in-failed' | 'sign-out' | 'two-factor-on' | 'two-factor-off'>;
  /** The account, when known; a failed sign-in may name an e-mail with no account. */
  userId?: string | null;
  email?: string;
  clientAddress: string | null;
  /** Why a sign-in was refused ("wrong password", "locked"). */
  reason?: string;
};

/**
 * Sign-ins, sign-outs and two-step changes belong to a person, not an organization; the audit
 * page shows them to the admins of every organization the person is a member of.
 */
export async function recordAccountEvent(event: AccountEvent): Promise<void> {
  const user = event.userId
    ? await prisma.user.findUnique({ where: { id: event.userId }, select: { id: true, email: true, name: true } })
    : event.email
      ? await prisma.user.findUnique({ where: { email: event.email.trim().toLowerCase() }, select: { id: true, email: true, name: true } })
      : null;
  const email = user?.email ?? event.email?.trim().toLowerCase() ?? null;
  await recordAudit(prisma, {
    entityType: 'user',
    entityId: user?.id ?? `email:${email ?? 'unknown'}`,
    action: event.action,
    userId: user?.id ?? null,
    actorName: user ? user.name || user.email : email,
    organizationId: null,
    clientAddress: event.clientAddress,
    after: { email, ...(event.reason ? { reason: event.reason } : {}) },
  });
}
