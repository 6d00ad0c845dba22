import type { Db } from '@/lib/database';

export type AuditAction = 'create' | 'edit' | 'confirm' | 'reject' | 'delete' | 'restore' | 'sensitivity' | 'import' | 'membership';

export type AuditRecord = {
  entityType: 'fact' | 'report' | 'organization' | 'membership' | 'location' | 'feed';
  entityId: string;
  action: AuditAction;
  userId: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the change,
 * so that a change and its history are written together or not at all.
 */
export async function recordAudit(db: Db, record: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      userId: record.userId,
      before: record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
    },
  });
}
