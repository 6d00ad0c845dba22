/**
 * Request bodies are read with a cap, so that an oversized body is refused (413) before it is
 * held in memory, and a malformed one is refused (400) instead of failing deeper down (500).
 */

/** Auth and other JSON API bodies: an e-mail, a password, a code. */
export const MAX_API_BODY_BYTES = 64 * 1024;

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The body as text, refusing more than `limit` bytes (declared or actually sent) and invalid UTF-8. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyError(400, 'The request body is not valid UTF-8.');
  }
}

/** A JSON object body, or a 400 saying it is not one. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BodyError(400, 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

function tooLarge(limit: number): BodyError {
  return new BodyError(413, `The request body is larger than ${Math.round(limit / 1024)} KB.`);
}

export function bodyErrorResponse(error: BodyError): Response {
  return Response.json({ message: error.message }, { status: error.status });
}
