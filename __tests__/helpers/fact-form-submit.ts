import { RedirectSignal } from '@/__tests__/helpers/request-context';
import { createFactFromForm } from '@/lib/actions/facts';

/** Submits the new-fact form: its returned state, or where it redirected after saving. */
export async function submitFactForm(fields: Record<string, string>, form: (fields: Record<string, string>) => FormData) {
  try {
    return { state: await createFactFromForm({}, form(fields)) };
  } catch (error) {
    if (error instanceof RedirectSignal) return { redirect: error.url };
    throw error;
  }
}
