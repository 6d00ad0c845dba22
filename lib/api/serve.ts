import 'server-only';
import type { Endpoint } from '@/lib/api/endpoints';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { checkKnownParameters } from '@/lib/api/params';
import { readerOfRequest } from '@/lib/api/tokens';
import { isPublicReadEnabled } from '@/lib/auth/config';

/** What every /api/v1 route does: the token, the parameters, the list, and JSON errors. */
export async function serveEndpoint(endpoint: Endpoint, request: Request): Promise<Response> {
  try {
    const reader = await readerOfRequest(request);
    if (!reader && !isPublicReadEnabled()) {
      throw new ApiError(
        401,
        'Authorization',
        'This Sitrep shares figures with members only: send a personal API token as "Authorization: Bearer <token>".',
      );
    }
    const params = new URL(request.url).searchParams;
    checkKnownParameters(params, endpoint.parameters);
    const body = await endpoint.run(params, reader);
    // A token's answers may hold restricted figures: never in a shared cache.
    return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    console.error(`API ${endpoint.path} failed`, error);
    return Response.json(
      { error: { parameter: null, message: 'The figures could not be read just now. Try again in a moment.' } },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
