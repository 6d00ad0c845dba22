import { openApiDocument } from '@/lib/api/openapi';

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document (rendered for people at /docs/api). */
export async function GET(): Promise<Response> {
  return Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
