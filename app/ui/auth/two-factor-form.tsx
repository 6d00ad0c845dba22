'use client';

import { useActionState } from 'react';
import { verifySignInCode, type CodeState } from '@/lib/actions/two-factor';
import { Field, FormMessage } from '@/app/ui/forms/form-field';

export function TwoFactorForm({ next }: { next: string }) {
  const [state, action, isPending] = useActionState<CodeState, FormData>(verifySignInCode, {});
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="code"
        label="Code from your authenticator app"
        autoComplete="one-time-code"
        maxLength={16}
        required
        autoFocus
        hint="Six digits; a new code appears every 30 seconds. Lost your phone? Enter one of your backup codes."
        errors={state.errors?.code}
      />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Checking…' : 'Continue'}
      </button>
    </form>
  );
}
