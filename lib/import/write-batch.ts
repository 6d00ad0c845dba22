import type { Db } from '@/lib/database';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { resolveImportPlaces } from '@/lib/import/places';
import type { ImportedFact } from '@/lib/import/rows';
import type { ImportOwner } from '@/lib/import/run';

/**
 * Writes one batch of imported facts with an audit entry each. createFact does the same one row
 * at a time (six queries a fact); at 100,000 rows that is minutes, so an import resolves each
 * place and organization once per batch and inserts facts and audit entries with createMany.
 */
export async function writeFactBatch(tx: Db, batch: { fact: ImportedFact; key: string }[], owner: ImportOwner, known: KnownNames): Promise<{ created: number; skipped: number }> {
  const existing = new Set(
    (await tx.fact.findMany({ where: { idempotencyKey: { in: batch.map((item) => item.key) } }, select: { idempotencyKey: true } })).map((fact) => fact.idempotencyKey),
  );
  const fresh = new Map<string, ImportedFact>();
  for (const { fact, key } of batch) if (!existing.has(key)) fresh.set(key, fact);
  if (fresh.size === 0) return { created: 0, skipped: batch.length };
  const facts = [...fresh.values()];
  const locations = await resolveImportPlaces(tx, facts.map((fact) => fact.place), known.locations);
  const ends = facts.flatMap((fact) => [fact.origin, fact.destination]).filter((name): name is string => name !== null);
  await resolveNames(known.locations, ends, (name) => findOrCreateLocation(tx, { name }));
  const organizations = await resolveNames(known.organizations, [...fresh.values()].map((fact) => fact.sourceOrg), (name) => findOrCreateOrganization(tx, { name }));
  const now = new Date();
  const created = await tx.fact.createManyAndReturn({
    data: [...fresh].map(([key, fact]) => ({
      metric: fact.metric,
      low: fact.low,
      high: fact.high,
      qualifier: fact.qualifier,
      unit: fact.unit,
      locationId: locations.get(fact.location)!,
      locationText: fact.location,
      date: fact.date,
      datePrecision: fact.datePrecision,
      measure: fact.measure,
      periodStart: fact.periodStart,
      originId: fact.origin === null ? null : locations.get(fact.origin)!,
      destinationId: fact.destination === null ? null : locations.get(fact.destination)!,
      sourceTitle: fact.sourceTitle,
      sourceUrl: fact.sourceUrl,
      sourceOrgId: organizations.get(fact.sourceOrg)!,
      excerpt: fact.excerpt,
      sensitivity: fact.sensitivity,
      status: 'confirmed',
      ownerOrgId: owner.ownerOrgId,
      enteredById: owner.userId,
      reviewedById: owner.userId,
      reviewedAt: now,
      idempotencyKey: key,
    })),
    select: { id: true, idempotencyKey: true },
  });
  // The same shape recordAudit writes, one entry per fact, so each fact's page shows who imported it.
  await tx.auditEntry.createMany({
    data: created.map(({ id, idempotencyKey }) => ({
      entityType: 'fact',
      entityId: id,
      action: 'import',
      userId: owner.userId,
      after: JSON.stringify({ ...fresh.get(idempotencyKey!), place: undefined, file: owner.fileName }),
    })),
  });
  return { created: created.length, skipped: batch.length - created.length };
}

/** Location and organization ids already resolved in this import: each name costs its queries once. */
export type KnownNames = { locations: Map<string, string>; organizations: Map<string, string> };

export function newKnownNames(): KnownNames {
  return { locations: new Map(), organizations: new Map() };
}

async function resolveNames(known: Map<string, string>, names: string[], resolve: (name: string) => Promise<{ id: string }>): Promise<Map<string, string>> {
  for (const name of new Set(names)) if (!known.has(name)) known.set(name, (await resolve(name)).id);
  return known;
}
