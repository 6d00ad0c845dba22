/**
 * How many failed sign-ins Sitrep tolerates before it makes people wait. Shared by the sign-in
 * action's limiter and Better Auth's own HTTP limiter config (lib/auth/server.ts).
 */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

/** Failures per account: enough for typos, too few to guess a password. */
export const MAX_FAILURES_PER_ACCOUNT = 5;

/** Failures per address: an office behind one NAT address shares this, so it is higher. */
export const MAX_FAILURES_PER_ADDRESS = 20;
