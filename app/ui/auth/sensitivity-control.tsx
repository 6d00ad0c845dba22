'use client';

import { useActionState, useId } from 'react';
import { FormMessage } from '@/app/ui/auth/field';
import { setFactSensitivity, setReportSensitivity, type SensitivityState } from '@/lib/actions/sensitivity';
import type { Sensitivity } from '@/lib/facts/vocabulary';

type Props =
  | { kind: 'report'; id: string; current: Sensitivity }
  | { kind: 'fact'; id: string; current: Sensitivity; version: number };

/**
 * Public or restricted, for one report or fact. Drop it into a page shown to the owning
 * organization's editors; the action checks the role again on the server.
 */
export function SensitivityControl(props: Props) {
  const [state, action, isPending] = useActionState<SensitivityState, FormData>(props.kind === 'report' ? setReportSensitivity : setFactSensitivity, {});
  const id = useId();
  const version = state.version ?? (props.kind === 'fact' ? props.version : undefined);
  const errors = state.errors?.sensitivity;
  return (
    <form action={action} className="row" aria-label={`Sensitivity of this ${props.kind}`}>
      <input type="hidden" name="id" value={props.id} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <div className="field">
        <label htmlFor={`${id}-sensitivity`}>Who can see this {props.kind}</label>
        <select
          id={`${id}-sensitivity`}
          name="sensitivity"
          defaultValue={props.current}
          aria-invalid={errors ? true : undefined}
          aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ''}`}
        >
          <option value="public">Public: everyone, once confirmed</option>
          <option value="restricted">Restricted: only members of the owning organization</option>
        </select>
        <p id={`${id}-hint`} className="field-hint">
          Restricted {props.kind === 'report' ? 'reports hide their facts too, and never appear' : 'facts never appear'} in public views or exports.
        </p>
        {errors ? (
          <p id={`${id}-error`} className="field-error">
            {errors.join(' ')}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-secondary" disabled={isPending}>
        Save
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
