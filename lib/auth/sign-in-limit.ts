import 'server-only';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS } from '@/lib/auth/sign-in-policy';
import type { Db } from '@/lib/database';
import { prisma } from '@/lib/prisma';

/**
 * The one sign-in limiter: the sign-in action and POST /api/auth/sign-in/email both go through
 * limitSignIn, so an account locked on one path is locked on the other. Attempts are counted per
 * account and per client address (lib/auth/client-address.ts). The counters live in the RateLimit
 * table (not in memory) because several app servers share them.
 *
 * An attempt is reserved before the password is checked (so parallel guesses cannot slip past the
 * limit) and refunded when it succeeds: in effect only failures count.
 */

const WINDOW_MS = SIGN_IN_WINDOW_SECONDS * 1000;

export type SignInBucket = { key: string; max: number };

export type Reservation = { allowed: true; buckets: SignInBucket[] } | { allowed: false; retryAfterMinutes: number };

/**
 * Without a known address only the account counts: a shared "unknown" bucket would let one client
 * lock out everybody else whose address is unknown too.
 */
export function signInBuckets(email: string, address: string | null): SignInBucket[] {
  const account = { key: `sign-in:email:${email.trim().toLowerCase()}`, max: MAX_FAILURES_PER_ACCOUNT };
  return address ? [account, { key: `sign-in:ip:${address}`, max: MAX_FAILURES_PER_ADDRESS }] : [account];
}

/** What a password check came to: right (maybe with a second step to come), wrong, or not checked. */
export type SignInOutcome = 'right' | 'wrong' | 'unchecked';

export type LimitedSignIn<T> = { blocked: true; retryAfterMinutes: number } | { blocked: false; result: T };

/**
 * Runs one password check under the limit: reserves an attempt in every bucket first, then keeps
 * it for a wrong password, refunds it when nothing was checked, and clears the account on success.
 */
export async function limitSignIn<T>(
  email: string,
  address: string | null,
  check: () => Promise<{ outcome: SignInOutcome; result: T }>,
): Promise<LimitedSignIn<T>> {
  const reservation = await reserveSignInAttempt(signInBuckets(email, address));
  if (!reservation.allowed) return { blocked: true, retryAfterMinutes: reservation.retryAfterMinutes };
  let checked: { outcome: SignInOutcome; result: T };
  try {
    checked = await check();
  } catch (error) {
    await refundSignInAttempt(reservation.buckets);
    throw error;
  }
  if (checked.outcome === 'right') await settleSuccessfulSignIn(reservation.buckets);
  if (checked.outcome === 'unchecked') await refundSignInAttempt(reservation.buckets);
  return { blocked: false, result: checked.result };
}

/** Reserves one attempt in every bucket, or says how long to wait when any bucket is full. */
export async function reserveSignInAttempt(buckets: SignInBucket[], now = Date.now()): Promise<Reservation> {
  const blocked = await findBlocked(buckets, now);
  if (blocked !== null) return { allowed: false, retryAfterMinutes: blocked };
  const reserved: SignInBucket[] = [];
  for (const bucket of buckets) {
    if (!(await consume(prisma, bucket, now))) {
      await refundSignInAttempt(reserved);
      return { allowed: false, retryAfterMinutes: (await findBlocked([bucket], now)) ?? 1 };
    }
    reserved.push(bucket);
  }
  return { allowed: true, buckets: reserved };
}

/** Gives reserved attempts back (a sign-in that succeeded, or a request that never checked a password). */
export async function refundSignInAttempt(buckets: SignInBucket[]): Promise<void> {
  for (const bucket of buckets) {
    await prisma.rateLimit.updateMany({ where: { key: bucket.key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
  }
}

/** After a successful sign-in the account starts afresh; the address only gets its attempt back. */
export async function settleSuccessfulSignIn(buckets: SignInBucket[]): Promise<void> {
  const [account, ...others] = buckets;
  await prisma.rateLimit.deleteMany({ where: { key: account.key } });
  await refundSignInAttempt(others);
}

/** Minutes to wait if any bucket is full within its window, else null. */
async function findBlocked(buckets: SignInBucket[], now: number): Promise<number | null> {
  const rows = await prisma.rateLimit.findMany({ where: { key: { in: buckets.map((b) => b.key) } } });
  let wait: number | null = null;
  for (const row of rows) {
    const bucket = buckets.find((b) => b.key === row.key)!;
    const endsAt = Number(row.lastRequest) + WINDOW_MS;
    if (row.count >= bucket.max && endsAt > now) {
      const minutes = Math.max(1, Math.ceil((endsAt - now) / 60_000));
      wait = Math.max(wait ?? 0, minutes);
    }
  }
  return wait;
}

/**
 * One atomic step per bucket, safe across servers: increment while under the limit inside the
 * window; restart an expired window; create a missing row. Returns false when the bucket is full.
 */
async function consume(db: Db, bucket: SignInBucket, now: number, tries = 3): Promise<boolean> {
  const windowStart = BigInt(now - WINDOW_MS);
  const stamp = BigInt(now);
  const incremented = await db.rateLimit.updateMany({
    where: { key: bucket.key, lastRequest: { gt: windowStart }, count: { lt: bucket.max } },
    data: { count: { increment: 1 }, lastRequest: stamp },
  });
  if (incremented.count > 0) return true;
  const restarted = await db.rateLimit.updateMany({
    where: { key: bucket.key, lastRequest: { lte: windowStart } },
    data: { count: 1, lastRequest: stamp },
  });
  if (restarted.count > 0) return true;
  const existing = await db.rateLimit.findUnique({ where: { key: bucket.key } });
  if (existing) return false;
  try {
    await db.rateLimit.create({ data: { id: crypto.randomUUID(), key: bucket.key, count: 1, lastRequest: stamp } });
    return true;
  } catch (error) {
    // Another server created the row between our read and write: count against it instead.
    if (tries > 0) return consume(db, bucket, now, tries - 1);
    throw error;
  }
}
