import { auth } from '@/lib/auth/server';
import { limitSignIn, type SignInOutcome } from '@/lib/auth/sign-in-limit';
import { recordAccountEvent } from '@/lib/audit/account-events';
import { BodyError, bodyErrorResponse, parseJsonObject } from '@/lib/http/body';
import { SignInSchema } from '@/lib/validation/account';

type Handler = (request: Request) => Promise<Response>;

/**
 * POST /api/auth/sign-in/email under the same limiter as the sign-in form: per account and per
 * client address, so an account locked through the form stays locked here, and the other way round.
 */
export async function signInThroughApi(request: Request, body: string, address: string | null, handle: Handler): Promise<Response> {
  let email: string;
  try {
    const parsed = SignInSchema.safeParse(parseJsonObject(body));
    if (!parsed.success) throw new BodyError(400, 'Send {"email": "...", "password": "..."}.');
    email = parsed.data.email;
  } catch (error) {
    if (error instanceof BodyError) return bodyErrorResponse(error);
    throw error;
  }
  const limited = await limitSignIn(email, address, async () => {
    const response = await handle(request);
    return { outcome: outcomeOf(response.status), result: response };
  });
  if (limited.blocked) {
    await recordAccountEvent({ action: 'sign-in-failed', email, clientAddress: address, reason: 'locked' });
    const seconds = limited.retryAfterMinutes * 60;
    return Response.json(
      { code: 'TOO_MANY_ATTEMPTS', message: `Too many attempts; try again in ${limited.retryAfterMinutes} minutes.` },
      { status: 429, headers: { 'retry-after': String(seconds) } },
    );
  }
  const outcome = outcomeOf(limited.result.status);
  if (outcome !== 'unchecked') {
    await recordAccountEvent({
      action: outcome === 'right' ? 'sign-in' : 'sign-in-failed',
      email,
      clientAddress: address,
      reason: outcome === 'wrong' ? 'wrong password' : undefined,
    });
  }
  return limited.result;
}

/** 200: the password was right (a second step may follow); 401: wrong; anything else checked nothing. */
function outcomeOf(status: number): SignInOutcome {
  if (status === 200) return 'right';
  return status === 401 ? 'wrong' : 'unchecked';
}

/** POST /api/auth/sign-out, recorded with who it was when Better Auth ended a session. */
export async function signOutThroughApi(request: Request, address: string | null, handle: Handler): Promise<Response> {
  const session = await auth.api.getSession({ headers: request.headers });
  const response = await handle(request);
  if (session && response.ok) await recordAccountEvent({ action: 'sign-out', userId: session.user.id, clientAddress: address });
  return response;
}
