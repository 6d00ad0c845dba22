'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { betterAuthErrorCode, refusalMessage } from '@/lib/auth/api-errors';
import { requestSource } from '@/lib/auth/client-address';
import { assertTrustedOrigin, requireUser } from '@/lib/auth/guard';
import { recordAccountEvent } from '@/lib/audit/account-events';
import { safeNextPath } from '@/lib/auth/next-path';
import { auth } from '@/lib/auth/server';
import { secretFromOtpauthUri } from '@/lib/auth/totp-uri';
import { isBackupCode, PasswordConfirmSchema, SignInCodeSchema, TotpCodeSchema } from '@/lib/validation/account';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type CodeState = FormState<'code'>;
export type PasswordState = FormState<'password'>;
export type SetupState = PasswordState & { setup?: { uri: string; secret: string; backupCodes: string[] } };

const CODE_MESSAGES: Record<string, string> = {
  INVALID_BACKUP_CODE: 'That backup code is not right, or it was used already.',
  INVALID_CODE: 'That code is not right. Use the newest code in your app, and check the time on your phone is correct.',
  INVALID_TWO_FACTOR_COOKIE: 'This sign-in step has expired. Sign in again with your password.',
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 'Too many wrong codes. Sign in again with your password.',
  ACCOUNT_TEMPORARILY_LOCKED: 'Too many wrong codes for this account; try again in 15 minutes.',
  TOTP_NOT_ENABLED: 'Two-step sign-in is not set up for this account. Start the setup again.',
};

const PASSWORD_MESSAGES: Record<string, string> = {
  INVALID_PASSWORD: 'That password is not right.',
  TOTP_ALREADY_ENABLED: 'Two-step sign-in is already on for this account.',
  SESSION_NOT_FRESH: 'For safety, sign out and sign in again before turning two-step sign-in off.',
};

/** Second step of signing in: the 6-digit code, checked by Better Auth's two-factor plugin (with its lockout). */
export async function verifySignInCode(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const refused = await refusedOrigin();
  if (refused) return refused;
  const parsed = SignInCodeSchema.safeParse(formValues(formData, ['code']));
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
  const { code } = parsed.data;
  const failure = await callWithCode(async () => {
    const body = { code };
    return isBackupCode(code)
      ? auth.api.verifyBackupCode({ body, headers: await headers() })
      : auth.api.verifyTOTP({ body, headers: await headers() });
  });
  if (failure) return failure;
  redirect(safeNextPath(formData.get('next')));
}

/** Starts setup: after the password is confirmed, returns the otpauth URI and its secret to type in. */
export async function startTwoFactorSetup(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const parsed = PasswordConfirmSchema.safeParse(formValues(formData, ['password']));
  try {
    await requireUser();
    if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
    const result = await auth.api.enableTwoFactor({ body: { password: parsed.data.password, method: 'totp' }, headers: await headers() });
    if (result.method !== 'totp') return { message: 'Authenticator-app setup is not available.' };
    return { setup: { uri: result.totpURI, secret: secretFromOtpauthUri(result.totpURI), backupCodes: result.backupCodes } };
  } catch (error) {
    return passwordFailure(error);
  }
}

/** Activates two-step sign-in once the first code from the app is right. */
export async function confirmTwoFactorSetup(_previous: CodeState, formData: FormData): Promise<CodeState> {
  let user;
  try {
    user = await requireUser();
  } catch (error) {
    const message = refusalMessage(error);
    if (message) return { message };
    throw error;
  }
  const parsed = TotpCodeSchema.safeParse(formValues(formData, ['code']));
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
  const failure = await callWithCode(async () => auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() }));
  if (failure) return failure;
  await recordAccountEvent({ action: 'two-factor-on', userId: user.id, clientAddress: requestSource(await headers()).address });
  revalidatePath('/account/security');
  return { ok: true, message: 'Two-step sign-in is on. You will be asked for a code each time you sign in.' };
}

export async function disableTwoFactor(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const parsed = PasswordConfirmSchema.safeParse(formValues(formData, ['password']));
  try {
    const user = await requireUser();
    if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
    await auth.api.disableTwoFactor({ body: { password: parsed.data.password }, headers: await headers() });
    await recordAccountEvent({ action: 'two-factor-off', userId: user.id, clientAddress: requestSource(await headers()).address });
  } catch (error) {
    return passwordFailure(error);
  }
  revalidatePath('/account/security');
  return { ok: true, message: 'Two-step sign-in is off.' };
}

async function refusedOrigin(): Promise<CodeState | null> {
  try {
    await assertTrustedOrigin();
    return null;
  } catch (error) {
    const message = refusalMessage(error);
    if (message) return { message };
    throw error;
  }
}

async function callWithCode(call: () => Promise<unknown>): Promise<CodeState | null> {
  try {
    await call();
    return null;
  } catch (error) {
    const code = betterAuthErrorCode(error);
    const message = code ? CODE_MESSAGES[code] : undefined;
    if (message) return code === 'INVALID_CODE' || code === 'INVALID_BACKUP_CODE' ? { errors: { code: [message] } } : { message };
    throw error;
  }
}

function passwordFailure(error: unknown): PasswordState {
  const refusal = refusalMessage(error);
  if (refusal) return { message: refusal };
  const code = betterAuthErrorCode(error);
  if (code === 'INVALID_PASSWORD') return { errors: { password: [PASSWORD_MESSAGES.INVALID_PASSWORD] } };
  if (code && PASSWORD_MESSAGES[code]) return { message: PASSWORD_MESSAGES[code] };
  throw error;
}
