/**
 * Settings the deployment decides, read from the environment. Kept apart from the Better
 * Auth instance so that scripts and tests can read them without opening a database.
 */

const DEV_ONLY_SECRET = 'sitrep-local-development-secret-change-me-0123456789';

export function authBaseUrl(): string {
  return process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Production refuses to run on the development secret: session cookies would be forgeable. */
export function authSecret(): string {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production' && process.env.SITREP_ALLOW_DEV_SECRET !== 'true') {
    throw new Error('Set BETTER_AUTH_SECRET (at least 32 random characters) before running Sitrep in production.');
  }
  return DEV_ONLY_SECRET;
}

/** Whether the dashboard and exports can be read without signing in (default: yes). */
export function isPublicReadEnabled(): boolean {
  return process.env.SITREP_PUBLIC_READ !== 'false';
}

/** Other origins allowed to post to Sitrep (e.g. a second hostname), comma-separated. */
export function extraTrustedOrigins(): string[] {
  return listFromEnv('SITREP_TRUSTED_ORIGINS');
}

/**
 * Reverse proxies (IPs or CIDR ranges) whose X-Forwarded-For may be believed. Without them only a
 * single-valued header counts, so a client cannot pick the address its failed sign-ins are counted on.
 */
export function trustedProxies(): string[] {
  return listFromEnv('SITREP_TRUSTED_PROXIES');
}

function listFromEnv(name: string): string[] {
  return (process.env[name] ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}
