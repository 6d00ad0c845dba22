import { BodyError } from '@/lib/http/body';

/**
 * Server action bodies: what a pasted report or a bulk table may need. Also set as
 * serverActions.bodySizeLimit and proxyClientMaxBodySize in next.config.js.
 */
export const MAX_ACTION_BODY_BYTES = 12 * 1024 * 1024;

/**
 * Checks a server action request before Next decodes it: over the limit is 413, a body that is
 * neither the JSON React sends nor a readable multipart form is 400 (Next would answer 500).
 */
export async function checkActionBody(request: Request): Promise<void> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_ACTION_BODY_BYTES)
    throw new BodyError(413, `The request body is larger than ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB.`);
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    try {
      await request.clone().formData();
    } catch {
      throw new BodyError(400, 'The form could not be read. Reload the page and try again.');
    }
    return;
  }
  const text = await request.clone().text();
  try {
    JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON. Reload the page and try again.');
  }
}
