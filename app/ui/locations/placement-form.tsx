'use client';

import { useActionState, useId } from 'react';
import { FormMessage } from '@/app/ui/forms/form-field';
import { setLocationPlacement, type PlacementState } from '@/lib/actions/locations';
import { LOCATION_KINDS } from '@/lib/validation/location';

/** For editors: which place contains this one, and what kind of place it is. */
export function PlacementForm({
  place,
  choices,
}: {
  place: { id: string; name: string; parentId: string | null; kind: string | null };
  choices: { id: string; name: string }[];
}) {
  const [state, action, isPending] = useActionState<PlacementState, FormData>(setLocationPlacement, {});
  const prefix = useId();
  const error = (field: 'parentId' | 'kind') =>
    state.errors?.[field] ? (
      <p id={`${prefix}-${field}-error`} className="field-error">
        {state.errors[field]!.join(' ')}
      </p>
    ) : null;
  return (
    <form action={action} className="stack panel" noValidate aria-label={`Place ${place.name} in the hierarchy`}>
      <h2>Where this place lies</h2>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="id" value={place.id} />
      <div className="row">
        <div className="field">
          <label htmlFor={`${prefix}-parentId`}>Parent place</label>
          <select
            id={`${prefix}-parentId`}
            name="parentId"
            defaultValue={place.parentId ?? ''}
            aria-invalid={state.errors?.parentId ? true : undefined}
            aria-describedby={state.errors?.parentId ? `${prefix}-parentId-error` : undefined}
          >
            <option value="">(none)</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
          {error('parentId')}
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-kind`}>Kind</label>
          <select
            id={`${prefix}-kind`}
            name="kind"
            defaultValue={place.kind ?? ''}
            aria-invalid={state.errors?.kind ? true : undefined}
            aria-describedby={state.errors?.kind ? `${prefix}-kind-error` : undefined}
          >
            <option value="">(not set)</option>
            {LOCATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
          {error('kind')}
        </div>
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save place'}
      </button>
    </form>
  );
}
