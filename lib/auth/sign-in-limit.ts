import 'server-only';
import { getIP } from 'better-auth/api';
import { auth } from '@/lib/auth/server';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS } from '@/lib/auth/sign-in-policy';
import type { Db } from '@/lib/database';
import { prisma } from '@/lib/prisma';

/**
 * Sign-in attempts made through the server action call auth.api.signInEmail, which skips Better
 * Auth's HTTP rate limiter; so the action counts attempts itself, per account and per address.
 * The counters live in the RateLimit table (not in memory) because several app servers share them.
 *
 * An attempt is reserved before the password is checked (so parallel guesses cannot slip past the
 * limit) and refunded when it succeeds: in effect only failures count.
 */

const WINDOW_MS = SIGN_IN_WINDOW_SECONDS * 1000;

export type SignInBucket = { key: string; max: number };

export type Reservation = { allowed: true; buckets: SignInBucket[] } | { allowed: false; retryAfterMinutes: number };

export function signInBuckets(email: string, address: string | null): SignInBucket[] {
  return [
    { key: `sign-in:email:${email.trim().toLowerCase()}`, max: MAX_FAILURES_PER_ACCOUNT },
    // Without a trustworthy address all such requests share one bucket: safer than none.
    { key: `sign-in:ip:${address ?? 'unknown'}`, max: MAX_FAILURES_PER_ADDRESS },
  ];
}

/** The client address as Better Auth resolves it (X-Forwarded-For, honouring SITREP_TRUSTED_PROXIES). */
export function clientAddress(requestHeaders: Headers): string | null {
  return getIP(requestHeaders, auth.options);
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
