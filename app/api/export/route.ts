import { isPublicReadEnabled } from '@/lib/auth/config';
import { getSessionUser } from '@/lib/auth/session';
import { buildExportResponse, EXPORT_FORMATS, isExportFormat } from '@/lib/export/respond';
import { parseFilters } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

/**
 * GET /api/export?format=csv|json|xlsx|pdf|md plus the dashboard's filters (from, to, org,
 * location, metric) and, for CSV, hxl=0 to leave out the HXL hashtag row and bom=0 to leave out
 * the UTF-8 byte-order mark. Anonymous readers get public figures (or 401 when the deployment closes public reading); members also get their
 * organization's restricted ones.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') ?? 'csv';
  if (!isExportFormat(format)) {
    return plainText(400, `Unknown export format "${format.slice(0, 20)}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
  }
  const reader = await getSessionUser();
  if (!reader && !isPublicReadEnabled()) return plainText(401, 'Sign in to export figures from this Sitrep.');
  const { filters, problems } = parseFilters(params);
  try {
    return await buildExportResponse({ format, filters, problems, reader, hxl: params.get('hxl') !== '0', bom: params.get('bom') !== '0' });
  } catch (error) {
    console.error('Export failed', error);
    return plainText(503, 'The export could not be prepared just now. Try again in a moment.');
  }
}

function plainText(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
