import 'server-only';
import { headers } from 'next/headers';
import { requestSource } from '@/lib/auth/client-address';
import { authBaseUrl, extraTrustedOrigins } from '@/lib/auth/config';
import { hasRole, type SessionUser } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';
import type { Role } from '@/lib/facts/vocabulary';

/** Thrown when a request may not do what it asks; actions turn it into a message, routes into 401/403. */
export class AuthorizationError extends Error {
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}

/**
 * Every mutation checks where it came from itself, rather than trusting middleware: the
 * Origin header must be present and be this deployment (or one listed in SITREP_TRUSTED_ORIGINS).
 */
export async function assertTrustedOrigin(): Promise<void> {
  const requestHeaders = await headers();
  const origin = requestHeaders.get('origin');
  if (!origin || origin === 'null' || !trustedOrigins(requestHeaders).has(origin)) {
    throw new AuthorizationError('This request did not come from a Sitrep page. Reload the page and try again.', 403);
  }
}

function trustedOrigins(requestHeaders: Headers): Set<string> {
  const origins = new Set<string>([new URL(authBaseUrl()).origin]);
  // X-Forwarded-Host and -Proto count only from a proxy in SITREP_TRUSTED_PROXIES (lib/auth/client-address.ts).
  const { host, protocol } = requestSource(requestHeaders);
  if (host) origins.add(`${protocol}://${host}`);
  for (const extra of extraTrustedOrigins()) origins.add(extra);
  return origins;
}

/** For mutations: a trusted origin and a signed-in user. */
export async function requireUser(): Promise<SessionUser> {
  await assertTrustedOrigin();
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError('Sign in to make changes.', 401);
  return user;
}

/** For mutations on one organization's data: `minimum` role or better in that organization. */
export async function requireRole(organizationId: string | null | undefined, minimum: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, organizationId, minimum)) {
    throw new AuthorizationError(`You need the ${minimum} role in this organization to do that.`, 403);
  }
  return user;
}
