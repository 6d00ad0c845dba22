'use client';

import { useActionState } from 'react';
import { deleteFact, restoreFact, type FactCommandState } from '@/lib/actions/facts';

/** Delete (editors) or restore (admins) as small forms; the result message is announced. */
export function FactCommand({ factId, version, kind }: { factId: string; version: number; kind: 'delete' | 'restore' }) {
  const [state, formAction, isPending] = useActionState<FactCommandState, FormData>(kind === 'delete' ? deleteFact : restoreFact, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="factId" value={factId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={kind === 'delete' ? 'button button-danger' : 'button'} disabled={isPending}>
        {kind === 'delete' ? 'Delete figure' : 'Restore figure'}
      </button>
      <div aria-live="polite">{state.message && <p className="field-error">{state.message}</p>}</div>
    </form>
  );
}
