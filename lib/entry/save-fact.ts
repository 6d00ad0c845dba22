import { createHash } from 'node:crypto';
import type { Db } from '@/lib/database';
import { createFact } from '@/lib/facts/create';
import type { FactChanges } from '@/lib/facts/update';
import { Prisma } from '@/lib/generated/prisma/client';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { prisma } from '@/lib/prisma';
import type { FactInput } from '@/lib/validation/fact';

/** A form render's token: random, URL-safe, generated on the server for each fresh form. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export function isFormToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}

/**
 * The idempotency key of one submitted form. Scoped to the user, so a token seen by someone
 * else cannot be used to find or block another person's fact.
 */
export function formIdempotencyKey(scope: string, userId: string, token: string): string {
  return createHash('sha256').update(`${scope}\u001f${userId}\u001f${token}`).digest('hex');
}

/**
 * Stores a hand-entered fact once per idempotency key. A double click or a resubmit after a
 * lost response finds the fact the first request stored; when two requests race, the unique
 * index decides and the loser returns the winner's fact.
 */
export async function saveEnteredFactOnce(fact: FactInput, { userId, ownerOrgId, idempotencyKey }: { userId: string; ownerOrgId: string; idempotencyKey: string }): Promise<{ id: string; isNew: boolean }> {
  const existing = await prisma.fact.findUnique({ where: { idempotencyKey }, select: { id: true } });
  if (existing) return { id: existing.id, isNew: false };
  try {
    const created = await prisma.$transaction((tx) => createFact(tx, fact, { status: 'confirmed', userId, ownerOrgId, idempotencyKey }));
    return { id: created.id, isNew: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await prisma.fact.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } });
    return { id: winner.id, isNew: false };
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** A validated fact as column changes: names become the ids of found or new locations/organizations. */
export async function factChangesFrom(db: Db, fact: FactInput): Promise<FactChanges> {
  const [location, sourceOrg] = await Promise.all([findOrCreateLocation(db, { name: fact.location }), findOrCreateOrganization(db, { name: fact.sourceOrg })]);
  return {
    metric: fact.metric,
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    unit: fact.unit,
    locationId: location.id,
    locationText: fact.location,
    date: fact.date,
    datePrecision: fact.datePrecision,
    sourceOrgId: sourceOrg.id,
    excerpt: fact.excerpt,
    sensitivity: fact.sensitivity,
  };
}
