'use server';

import { revalidatePath } from 'next/cache';
import { AuthorizationError, requireRole, requireUser } from '@/lib/auth/guard';
import { ImportRejectedError, importFacts } from '@/lib/import/run';
import { EXPIRED_UPLOAD_MESSAGE, findStagedUpload, removeStagedImport } from '@/lib/import/staging';
import type { FormState } from '@/lib/validation/form-state';

const UNKNOWN_UPLOAD_MESSAGE = 'This upload is no longer there: it was imported already or has expired. Upload the file again.';

export type ImportState = FormState & { created?: number; skipped?: number; isDone?: boolean };

/**
 * Imports a previewed file: every row in one transaction or none. Only the person who uploaded
 * it, still an editor of the organization it was uploaded for, may import it.
 */
export async function importStagedFile(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const token = String(formData.get('token') ?? '');
  let result: { created: number; skipped: number };
  try {
    const found = await findStagedUpload(token);
    if (found.status !== 'ready') {
      await requireUser();
      return { message: found.status === 'expired' ? EXPIRED_UPLOAD_MESSAGE : UNKNOWN_UPLOAD_MESSAGE };
    }
    const { staged } = found;
    const user = await requireRole(staged.ownerOrgId, 'editor');
    if (staged.userId !== user.id) return { message: 'This upload has expired or is not yours. Choose the file again.' };
    result = await importFacts(staged.content, { userId: user.id, ownerOrgId: staged.ownerOrgId, fileName: staged.fileName });
    await removeStagedImport(token);
  } catch (error) {
    if (error instanceof AuthorizationError) return { message: error.message };
    if (error instanceof ImportRejectedError) return { message: `Nothing was imported. ${error.message} Fix the file and check it again.` };
    console.error('import failed', error);
    return { message: 'Nothing was imported because of a problem on our side. Try again in a moment.' };
  }
  revalidatePath('/');
  return {
    ...result,
    isDone: true,
    message: `Imported ${result.created} figures.${result.skipped ? ` ${result.skipped} rows were already imported and were skipped.` : ''}`,
  };
}
