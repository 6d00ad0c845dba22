import type { Db } from '@/lib/database';
import { createFacts, type KnownNames } from '@/lib/facts/write';
import type { FactInput } from '@/lib/validation/fact';
import type { ImportOwner } from '@/lib/import/run';

export { newKnownNames, type KnownNames } from '@/lib/facts/write';

/**
 * Writes one batch of imported facts with an audit entry each, through the fact-write module's
 * bulk path. Rollups are rebuilt set-based once the whole file is in (importFacts).
 */
export function writeFactBatch(tx: Db, batch: { fact: FactInput; key: string }[], owner: ImportOwner, known: KnownNames): Promise<{ created: number; skipped: number }> {
  return createFacts(tx, batch, { userId: owner.userId, ownerOrgId: owner.ownerOrgId, action: 'import', auditExtra: { file: owner.fileName }, known, refreshRollups: false });
}
