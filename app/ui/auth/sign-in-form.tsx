'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/lib/actions/sign-in';
import { Field, FormMessage } from '@/app/ui/forms/form-field';

export function SignInForm({ next }: { next: string }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="stack" noValidate aria-describedby="sign-in-message">
      <div id="sign-in-message">
        <FormMessage message={state.message} />
      </div>
      <input type="hidden" name="next" value={next} />
      <Field
        name="email"
        label="E-mail"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        key={`email-${state.email ?? ''}`}
        errors={state.errors?.email}
      />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
