'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/app/ui/forms/form-field';
import { groupSecret } from '@/lib/auth/totp-uri';
import {
  confirmTwoFactorSetup,
  disableTwoFactor,
  startTwoFactorSetup,
  type CodeState,
  type PasswordState,
  type SetupState,
} from '@/lib/actions/two-factor';

/** Turn two-step sign-in on (password, then the secret, then a first code) or off (password). */
export function TwoFactorSettings({ isEnabled }: { isEnabled: boolean }) {
  return isEnabled ? <DisableForm /> : <EnableSteps />;
}

function EnableSteps() {
  const [setupState, startAction, isStarting] = useActionState<SetupState, FormData>(startTwoFactorSetup, {});
  const [confirmState, confirmAction, isConfirming] = useActionState<CodeState, FormData>(confirmTwoFactorSetup, {});
  if (confirmState.ok) return <FormMessage message={confirmState.message} ok />;
  if (!setupState.setup) {
    return (
      <form action={startAction} className="stack" noValidate>
        <p className="muted">Status: off.</p>
        <FormMessage message={setupState.message} />
        <Field
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          required
          errors={setupState.errors?.password}
        />
        <button type="submit" className="button" disabled={isStarting}>
          Set up two-step sign-in
        </button>
      </form>
    );
  }
  const { uri, secret, backupCodes } = setupState.setup;
  return (
    <div className="stack">
      <ol>
        <li>
          In your authenticator app, add an account by hand (&ldquo;enter a setup key&rdquo;) with this key, time-based:
          <p>
            <code aria-label="Setup key" style={{ fontSize: '1.1rem', wordBreak: 'break-all' }}>
              {groupSecret(secret)}
            </code>
          </p>
          <details>
            <summary>Full setup link (otpauth://) for apps that accept one</summary>
            <code style={{ wordBreak: 'break-all' }}>{uri}</code>
          </details>
        </li>
        <li>
          Keep these one-time backup codes somewhere safe; each can replace a code once:{' '}
          <code style={{ wordBreak: 'break-all' }}>{backupCodes.join(' ')}</code>
        </li>
        <li>Enter the code the app now shows, to check it works.</li>
      </ol>
      <form action={confirmAction} className="stack" noValidate>
        <FormMessage message={confirmState.message} />
        <Field
          name="code"
          label="Code from the app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          errors={confirmState.errors?.code}
        />
        <button type="submit" className="button" disabled={isConfirming}>
          Turn on two-step sign-in
        </button>
      </form>
    </div>
  );
}

function DisableForm() {
  const [state, action, isPending] = useActionState<PasswordState, FormData>(disableTwoFactor, {});
  if (state.ok) return <FormMessage message={state.message} ok />;
  return (
    <form action={action} className="stack" noValidate>
      <p>Status: on.</p>
      <FormMessage message={state.message} />
      <Field
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <button type="submit" className="button button-danger" disabled={isPending}>
        Turn off two-step sign-in
      </button>
    </form>
  );
}
