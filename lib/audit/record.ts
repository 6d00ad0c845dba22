import type { Db } from '@/lib/database';

export type AuditAction =
  | 'create'
  | 'edit'
  | 'confirm'
  | 'reject'
  | 'delete'
  | 'restore'
  | 'sensitivity'
  | 'import'
  | 'membership'
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'two-factor-on'
  | 'two-factor-off'
  | 'api-token-create'
  | 'api-token-revoke';

export type AuditEntityType = 'fact' | 'report' | 'organization' | 'membership' | 'location' | 'user' | 'database' | 'feed';

export type AuditRecord = {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  userId: string | null;
  /** Who did it, as shown later; looked up from userId when not given. */
  actorName?: string | null;
  /** The organization the event belongs to; found from the entity when not given. */
  organizationId?: string | null;
  clientAddress?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the change,
 * so that a change and its history are written together or not at all. The actor's name is
 * copied into the row so that deleting the user later does not lose who did it.
 */
export async function recordAudit(db: Db, record: AuditRecord): Promise<void> {
  // One after the other: a transaction client runs one query at a time anyway.
  const actorName = record.actorName !== undefined ? record.actorName : await actorNameOf(db, record.userId);
  const organizationId = record.organizationId !== undefined ? record.organizationId : await organizationOf(db, record);
  await db.auditEntry.create({
    data: {
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      userId: record.userId,
      actorName,
      organizationId,
      clientAddress: record.clientAddress ?? null,
      before: record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
    },
  });
}

async function actorNameOf(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  return user ? user.name || user.email : null;
}

async function organizationOf(db: Db, record: AuditRecord): Promise<string | null> {
  switch (record.entityType) {
    case 'organization':
      return record.entityId;
    case 'fact':
      return (await db.fact.findUnique({ where: { id: record.entityId }, select: { ownerOrgId: true } }))?.ownerOrgId ?? null;
    case 'report':
      return (await db.report.findUnique({ where: { id: record.entityId }, select: { ownerOrgId: true } }))?.ownerOrgId ?? null;
    case 'membership':
      return (
        (await db.membership.findUnique({ where: { id: record.entityId }, select: { organizationId: true } }))?.organizationId ??
        organizationIn(record.before)
      );
    default:
      return null;
  }
}

function organizationIn(snapshot: unknown): string | null {
  const value = (snapshot as { organizationId?: unknown } | null | undefined)?.organizationId;
  return typeof value === 'string' ? value : null;
}
