import { toNextJsHandler } from 'better-auth/next-js';
import { requestSource, withClientAddress } from '@/lib/auth/client-address';
import { auth } from '@/lib/auth/server';
import { signInThroughApi, signOutThroughApi } from '@/lib/auth/api-sign-in';
import { BodyError, MAX_API_BODY_BYTES, bodyErrorResponse, readBodyText } from '@/lib/http/body';

/**
 * Better Auth's own HTTP endpoints (/api/auth/sign-in/email, /api/auth/get-session, …). Its
 * POST endpoints check the Origin against baseURL + SITREP_TRUSTED_ORIGINS. Every request gets
 * the client address Sitrep resolved (lib/auth/client-address.ts); sign-in goes through the same
 * limiter as the sign-in form; bodies over MAX_API_BODY_BYTES get 413. Sitrep's pages use
 * server actions instead; these stay for scripts and API clients.
 */
const handler = toNextJsHandler(auth);

export async function GET(request: Request): Promise<Response> {
  const source = requestSource(request.headers);
  return handler.GET(new Request(request.url, { method: 'GET', headers: withClientAddress(request.headers, source.address) }));
}

export async function POST(request: Request): Promise<Response> {
  const source = requestSource(request.headers);
  let body: string;
  try {
    body = await readBodyText(request, MAX_API_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyError) return bodyErrorResponse(error);
    throw error;
  }
  const forwarded = new Request(request.url, { method: 'POST', headers: withClientAddress(request.headers, source.address), body });
  const path = new URL(request.url).pathname;
  if (path.endsWith('/sign-in/email')) return signInThroughApi(forwarded, body, source.address, handler.POST);
  if (path.endsWith('/sign-out')) return signOutThroughApi(forwarded, source.address, handler.POST);
  if (isTwoFactorManagement(path)) return twoFactorOnAccountPage();
  return handler.POST(forwarded);
}

/** The second step of an API sign-in stays; turning two-step sign-in on or off happens only on the account page, where it is audited. */
const TWO_FACTOR_SECOND_STEP = ['/two-factor/verify-totp', '/two-factor/verify-backup-code'];

function isTwoFactorManagement(path: string): boolean {
  return path.includes('/two-factor/') && !TWO_FACTOR_SECOND_STEP.some((allowed) => path.endsWith(allowed));
}

function twoFactorOnAccountPage(): Response {
  const message = 'Two-step sign-in is turned on, off and given new backup codes on /account/security, not through /api/auth.';
  return Response.json({ error: { message } }, { status: 404 });
}
