import { AuthorizationError, requireRole } from '@/lib/auth/guard';
import { previewImport } from '@/lib/import/run';
import { ImportTooLargeError, MAX_IMPORT_BYTES, removeStagedImport, stageUpload } from '@/lib/import/staging';

/**
 * POST the CSV file itself as the body (?owner=<organization id>&name=<file name>). The file is
 * staged in the database (lib/import/staging.ts) and read once to preview it; no fact is written here.
 * A route handler rather than an action, so that a 20 MB file never has to fit in a form body.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const ownerOrgId = url.searchParams.get('owner') ?? '';
  const fileName = (url.searchParams.get('name') ?? 'upload.csv').slice(0, 200);
  let token: string | null = null;
  try {
    const user = await requireRole(ownerOrgId, 'editor');
    if (!request.body) return Response.json({ message: 'Choose a CSV file first.' }, { status: 400 });
    const staged = await stageUpload(request.body, { userId: user.id, ownerOrgId, fileName });
    token = staged.token;
    const preview = await previewImport(staged.content, ownerOrgId);
    return Response.json({ token: staged.token, fileName, preview });
  } catch (error) {
    if (token) await removeStagedImport(token);
    if (error instanceof AuthorizationError) return Response.json({ message: error.message }, { status: error.status });
    if (error instanceof ImportTooLargeError) {
      return Response.json(
        { message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` },
        { status: 413 },
      );
    }
    console.error('import preview failed', error);
    return Response.json(
      { message: 'The file could not be read as CSV. Save it from your spreadsheet as "CSV UTF-8" and try again.' },
      { status: 400 },
    );
  }
}
