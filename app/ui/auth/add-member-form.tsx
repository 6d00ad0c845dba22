'use client';

import { useActionState, useId } from 'react';
import { Field, FormMessage } from '@/app/ui/forms/form-field';
import { addMember, type MemberFormState } from '@/lib/actions/members';
import { ROLES } from '@/lib/facts/vocabulary';

export function AddMemberForm({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const [state, action, isPending] = useActionState<MemberFormState, FormData>(addMember, {});
  const prefix = useId();
  const values = state.ok ? undefined : state.values;
  const roleErrors = state.errors?.role;
  return (
    <form action={action} className="stack" noValidate aria-label={`Add a person to ${organizationName}`}>
      <h3>Add a person</h3>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="row" key={state.ok ? 'reset' : 'kept'}>
        <Field
          name="email"
          id={`${prefix}-email`}
          label="E-mail"
          type="email"
          autoComplete="off"
          required
          defaultValue={values?.email}
          errors={state.errors?.email}
        />
        <Field name="name" id={`${prefix}-name`} label="Name" autoComplete="off" defaultValue={values?.name} errors={state.errors?.name} />
        <Field
          name="password"
          id={`${prefix}-password`}
          label="Initial password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters. Ignored if they already have an account."
          errors={state.errors?.password}
        />
        <div className="field">
          <label htmlFor={`${prefix}-role`}>Role</label>
          <select
            id={`${prefix}-role`}
            name="role"
            defaultValue={values?.role ?? 'viewer'}
            aria-invalid={roleErrors ? true : undefined}
            aria-describedby={roleErrors ? `${prefix}-role-error` : undefined}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          {roleErrors ? (
            <p id={`${prefix}-role-error`} className="field-error">
              {roleErrors.join(' ')}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Adding…' : 'Add person'}
      </button>
    </form>
  );
}
