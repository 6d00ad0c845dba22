import { createHash } from 'node:crypto';
import { createFact } from '@/lib/facts/write';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
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
 * Stores a hand-entered fact once per idempotency key, in the transaction it is given. A double
 * click or a resubmit after a lost response finds the fact the first request stored; when two
 * requests race, the unique index decides and the loser returns the winner's fact.
 */
export async function saveEnteredFactOnce(
  db: PrismaClient,
  fact: FactInput,
  { userId, ownerOrgId, idempotencyKey }: { userId: string; ownerOrgId: string; idempotencyKey: string },
): Promise<{ id: string; isNew: boolean }> {
  const existing = await db.fact.findUnique({ where: { idempotencyKey }, select: { id: true } });
  if (existing) return { id: existing.id, isNew: false };
  try {
    const created = await db.$transaction((tx) => createFact(tx, fact, { status: 'confirmed', userId, ownerOrgId, idempotencyKey }));
    return { id: created.id, isNew: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.fact.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } });
    return { id: winner.id, isNew: false };
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
