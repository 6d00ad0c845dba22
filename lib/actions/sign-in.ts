'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { betterAuthErrorCode, refusalMessage } from '@/lib/auth/api-errors';
import { assertTrustedOrigin } from '@/lib/auth/guard';
import { safeNextPath } from '@/lib/auth/next-path';
import { auth } from '@/lib/auth/server';
import { requestSource, withClientAddress } from '@/lib/auth/client-address';
import { limitSignIn, type SignInOutcome } from '@/lib/auth/sign-in-limit';
import { recordAccountEvent } from '@/lib/audit/account-events';
import { SignInSchema } from '@/lib/validation/account';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type SignInState = FormState<'email' | 'password'> & { email?: string };

const WRONG_CREDENTIALS = 'That e-mail address and password do not match an account. Check both and try again.';

/**
 * Signs in with e-mail and password, under the same limiter as POST /api/auth/sign-in/email
 * (lib/auth/sign-in-limit.ts): per account and per client address, in the database.
 */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const values = formValues(formData, ['email', 'password', 'next']);
  try {
    await assertTrustedOrigin();
  } catch (error) {
    const message = refusalMessage(error);
    if (message) return { message, email: values.email };
    throw error;
  }
  const parsed = SignInSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: 'Check the fields marked below.', email: values.email };
  const { email, password, next } = parsed.data;

  const source = requestSource(await headers());
  const authHeaders = withClientAddress(await headers(), source.address);
  const limited = await limitSignIn(email, source.address, () => checkPassword(email, password, authHeaders));
  if (limited.blocked) {
    await recordAccountEvent({ action: 'sign-in-failed', email, clientAddress: source.address, reason: 'locked' });
    const minutes = limited.retryAfterMinutes;
    return { message: `Too many attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, email };
  }
  const result = limited.result;
  if (result !== 'unchecked') {
    await recordAccountEvent({
      action: result === 'wrong' ? 'sign-in-failed' : 'sign-in',
      email,
      clientAddress: source.address,
      reason: result === 'wrong' ? 'wrong password' : undefined,
    });
  }
  if (result === 'wrong') return { message: WRONG_CREDENTIALS, email };
  if (result === 'unchecked') return { message: 'Sign-in is not working right now. Try again in a minute.', email };
  const needsSecondStep = result === 'second-step';
  const destination = safeNextPath(next);
  if (needsSecondStep) redirect(`/login/two-factor?next=${encodeURIComponent(destination)}`);
  redirect(destination);
}

type PasswordCheck = 'signed-in' | 'second-step' | 'wrong' | 'unchecked';

async function checkPassword(
  email: string,
  password: string,
  authHeaders: Headers,
): Promise<{ outcome: SignInOutcome; result: PasswordCheck }> {
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: authHeaders });
    const secondStep = 'twoFactorRedirect' in result && Boolean(result.twoFactorRedirect);
    // The password was right; a second factor has its own lockout in Better Auth's two-factor plugin.
    return { outcome: 'right', result: secondStep ? 'second-step' : 'signed-in' };
  } catch (error) {
    const code = betterAuthErrorCode(error);
    if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'UNAUTHORIZED') return { outcome: 'wrong', result: 'wrong' };
    // Not a wrong password (database busy, …): the attempt is given back and the form says so plainly.
    console.error('Sign-in failed', error);
    return { outcome: 'unchecked', result: 'unchecked' };
  }
}
