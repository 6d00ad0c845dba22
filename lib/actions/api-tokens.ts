'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { createApiToken, revokeApiToken } from '@/lib/api/tokens';
import { refusalMessage } from '@/lib/auth/api-errors';
import { requestSource } from '@/lib/auth/client-address';
import { requireUser } from '@/lib/auth/guard';
import { ApiTokenNameSchema, ApiTokenRevokeSchema } from '@/lib/validation/api-token';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type CreateTokenState = FormState<'name'> & { token?: string };
export type RevokeTokenState = FormState<'tokenId'>;
const PAGE = '/account/api-tokens';

/** Creates a personal API token; the token itself is in this answer only, never stored or shown again. */
export async function createApiTokenAction(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const parsed = ApiTokenNameSchema.safeParse(formValues(formData, ['name']));
  try {
    const user = await requireUser();
    if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
    const { token } = await createApiToken(user, parsed.data.name, requestSource(await headers()).address);
    revalidatePath(PAGE);
    return { ok: true, token, message: `Token “${parsed.data.name}” created. Copy it now: it is not shown again.` };
  } catch (error) {
    const message = refusalMessage(error);
    if (message) return { message };
    throw error;
  }
}

export async function revokeApiTokenAction(_previous: RevokeTokenState, formData: FormData): Promise<RevokeTokenState> {
  const parsed = ApiTokenRevokeSchema.safeParse(formValues(formData, ['tokenId']));
  try {
    const user = await requireUser();
    if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) };
    const revoked = await revokeApiToken(user, parsed.data.tokenId, requestSource(await headers()).address);
    revalidatePath(PAGE);
    return revoked
      ? { ok: true, message: 'Token revoked: requests with it are refused from now on.' }
      : { message: 'That token was already revoked.' };
  } catch (error) {
    const message = refusalMessage(error);
    if (message) return { message };
    throw error;
  }
}
