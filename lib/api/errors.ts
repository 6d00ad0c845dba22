/**
 * What the read API answers when a request cannot be served: the parameter to fix (or the
 * Authorization header) and what to do about it, as JSON.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly parameter: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function badParameter(parameter: string, message: string): ApiError {
  return new ApiError(400, parameter, message);
}

export function errorResponse(error: ApiError): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (error.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="sitrep"';
  return Response.json({ error: { parameter: error.parameter, message: error.message } }, { status: error.status, headers });
}
