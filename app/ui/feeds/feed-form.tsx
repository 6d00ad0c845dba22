'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/app/ui/forms/form-field';
import { subscribeFeed, type FeedFormState } from '@/lib/actions/feeds';

/** "Subscribe to a feed": name, address, polling interval and, for editors of several, the organization. */
export function FeedForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const [state, action, isPending] = useActionState<FeedFormState, FormData>(subscribeFeed, {});
  const values = state.ok ? undefined : state.values;
  return (
    <form action={action} className="panel stack" noValidate aria-label="Subscribe to a feed">
      <h2>Subscribe to a feed</h2>
      <FormMessage message={state.message} ok={state.ok} />
      <div className="row" key={state.ok ? 'reset' : 'kept'}>
        {organizations.length > 1 ? (
          <div className="field">
            <label htmlFor="organizationId">For</label>
            <select id="organizationId" name="organizationId" defaultValue={values?.organizationId}>
              {organizations.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="organizationId" value={organizations[0].id} />
        )}
        <Field name="name" label="Name" defaultValue={values?.name} errors={state.errors?.name} />
        <Field
          name="url"
          label="Feed address"
          type="url"
          placeholder="https://"
          defaultValue={values?.url}
          errors={state.errors?.url}
          hint="An RSS 2.0 or Atom feed."
        />
        <Field
          name="intervalMinutes"
          label="Check every (minutes)"
          inputMode="numeric"
          defaultValue={values?.intervalMinutes ?? '60'}
          errors={state.errors?.intervalMinutes}
        />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Reading the feed…' : 'Subscribe'}
      </button>
    </form>
  );
}
