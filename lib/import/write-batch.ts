import type { Db } from '@/lib/database';
import { createFacts, type KnownNames } from '@/lib/facts/write';
import { resolveImportPlaces } from '@/lib/import/places';
import type { ImportedFact } from '@/lib/import/rows';
import type { ImportOwner } from '@/lib/import/run';

export { newKnownNames, type KnownNames } from '@/lib/facts/write';

/**
 * Writes one batch of imported facts with an audit entry each, through the fact-write module's
 * bulk path. The file's place columns (code, kind, parent, coordinates) fill blanks on its places
 * first. Rollups are rebuilt set-based once the whole file is in (importFacts).
 */
export async function writeFactBatch(
  tx: Db,
  batch: { fact: ImportedFact; key: string }[],
  owner: ImportOwner,
  known: KnownNames,
): Promise<{ created: number; skipped: number }> {
  await resolveImportPlaces(
    tx,
    batch.map(({ fact }) => fact.place),
    known.locations,
  );
  const items = batch.map(({ fact, key }) => ({ fact, key, source: { sourceTitle: fact.sourceTitle, sourceUrl: fact.sourceUrl } }));
  return createFacts(tx, items, {
    userId: owner.userId,
    ownerOrgId: owner.ownerOrgId,
    action: 'import',
    auditExtra: { file: owner.fileName },
    known,
    refreshRollups: false,
  });
}
