'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/app/ui/forms/form-field';
import { createApiTokenAction, revokeApiTokenAction, type CreateTokenState, type RevokeTokenState } from '@/lib/actions/api-tokens';

/** Name a new token; once created, it is shown here once to copy. */
export function CreateApiTokenForm() {
  const [state, action, isPending] = useActionState<CreateTokenState, FormData>(createApiTokenAction, {});
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {state.token ? (
        <p>
          <code aria-label="New API token" style={{ wordBreak: 'break-all', fontSize: '1.05rem' }}>
            {state.token}
          </code>
        </p>
      ) : null}
      <Field
        name="name"
        label="Name of the token"
        hint="Where you will use it, for example “Weekly HDX upload”."
        required
        maxLength={100}
        errors={state.errors?.name}
      />
      <button type="submit" className="button" disabled={isPending}>
        Create token
      </button>
    </form>
  );
}

export function RevokeApiTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, isPending] = useActionState<RevokeTokenState, FormData>(revokeApiTokenAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="button" disabled={isPending} aria-label={`Revoke the token ${name}`}>
        Revoke
      </button>
      <FormMessage message={state.message ?? state.errors?.tokenId?.join(' ')} ok={state.ok} />
    </form>
  );
}
