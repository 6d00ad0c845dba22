/**
 * Work items (feed items, report extractions) carry their own state in the database: a worker
 * takes one by setting a lease, and a failure puts it back with a growing delay. A worker that
 * dies leaves only a lease that runs out, after which another worker takes the item again.
 */
export const MAX_ATTEMPTS = 5;

/** Longer than a fetch (20 s) plus storing; tests shorten it to prove recovery after a kill. */
export function leaseMs(): number {
  return Number(process.env.SITREP_JOB_LEASE_SECONDS ?? 120) * 1000;
}

/** 30 s, 1 min, 2 min, 4 min… (SITREP_JOB_RETRY_SECONDS sets the first step). */
export function retryDelayMs(attempts: number): number {
  return Number(process.env.SITREP_JOB_RETRY_SECONDS ?? 30) * 1000 * 2 ** Math.max(0, attempts - 1);
}

/** The where clause of an item free to take now. */
export function takeableWhere(now: Date) {
  return { state: 'pending', nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
}

/** What to write after a failed attempt: retried later, or given up on after MAX_ATTEMPTS. */
export function failedAttempt(attempts: number, error: unknown, now: Date, permanent = false) {
  const message = error instanceof Error ? error.message : String(error);
  const giveUp = permanent || attempts >= MAX_ATTEMPTS;
  return {
    state: giveUp ? 'failed' : 'pending',
    leaseUntil: null,
    lastError: message.slice(0, 500),
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
  };
}
