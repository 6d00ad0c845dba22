'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { betterAuthErrorCode, refusalMessage } from '@/lib/auth/api-errors';
import { assertTrustedOrigin } from '@/lib/auth/guard';
import { safeNextPath } from '@/lib/auth/next-path';
import { auth } from '@/lib/auth/server';
import { clientAddress, refundSignInAttempt, reserveSignInAttempt, settleSuccessfulSignIn, signInBuckets } from '@/lib/auth/sign-in-limit';
import { SignInSchema } from '@/lib/validation/account';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type SignInState = FormState<'email' | 'password'> & { email?: string };

const WRONG_CREDENTIALS = 'That e-mail address and password do not match an account. Check both and try again.';

/**
 * Signs in with e-mail and password. auth.api calls skip Better Auth's HTTP rate limiter, so
 * this action limits failed attempts itself, per account and per address, in the database.
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

  const requestHeaders = await headers();
  const buckets = signInBuckets(email, clientAddress(requestHeaders));
  const reservation = await reserveSignInAttempt(buckets);
  if (!reservation.allowed) {
    const minutes = reservation.retryAfterMinutes;
    return { message: `Too many attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, email };
  }

  let needsSecondStep = false;
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
    needsSecondStep = 'twoFactorRedirect' in result && Boolean(result.twoFactorRedirect);
  } catch (error) {
    const code = betterAuthErrorCode(error);
    if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'UNAUTHORIZED') return { message: WRONG_CREDENTIALS, email };
    // Not a wrong password (database busy, …): give the attempt back and say so plainly.
    await refundSignInAttempt(reservation.buckets);
    console.error('Sign-in failed', error);
    return { message: 'Sign-in is not working right now. Try again in a minute.', email };
  }
  // The password was right; a second factor has its own lockout in Better Auth's two-factor plugin.
  await settleSuccessfulSignIn(reservation.buckets);
  const destination = safeNextPath(next);
  if (needsSecondStep) redirect(`/login/two-factor?next=${encodeURIComponent(destination)}`);
  redirect(destination);
}
