import { isAPIError } from 'better-auth/api';
import { AuthorizationError } from '@/lib/auth/guard';

/** The error code Better Auth put on a failed auth.api call ("INVALID_CODE", …), or null. */
export function betterAuthErrorCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const body = error.body as { code?: unknown } | undefined;
  return typeof body?.code === 'string' ? body.code : String(error.status);
}

/** A refused request (wrong origin, no session, wrong role) as a message for the form, or null. */
export function refusalMessage(error: unknown): string | null {
  return error instanceof AuthorizationError ? error.message : null;
}
