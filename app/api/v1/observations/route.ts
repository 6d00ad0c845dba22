import { ENDPOINTS } from '@/lib/api/endpoints';
import { serveEndpoint } from '@/lib/api/serve';

export const dynamic = 'force-dynamic';

/** GET /api/v1/observations: see /docs/api (lib/api/endpoints.ts). */
export async function GET(request: Request): Promise<Response> {
  return serveEndpoint(ENDPOINTS.observations, request);
}
