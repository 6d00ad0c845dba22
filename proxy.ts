import { NextResponse, type NextRequest } from 'next/server';
import { checkActionBody } from '@/lib/http/action-body';
import { BodyError, bodyErrorResponse } from '@/lib/http/body';
import { contentSecurityPolicy, DATA_ROUTE_POLICY, strictTransportSecurity } from '@/lib/http/security-headers';

/**
 * Pages and server actions: a Content-Security-Policy with a fresh nonce (Next.js reads it from
 * the request's CSP header and puts it on its scripts), HSTS when serving HTTPS, and server
 * action bodies checked before Next decodes them. The headers every route gets, static files
 * included, come from next.config.js.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  if (request.method === 'POST' && request.headers.has('next-action')) {
    try {
      await checkActionBody(request);
    } catch (error) {
      if (error instanceof BodyError) return withSecurityHeaders(bodyErrorResponse(error), null);
      throw error;
    }
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function withSecurityHeaders(response: Response, policy: string | null): Response {
  response.headers.set('content-security-policy', policy ?? DATA_ROUTE_POLICY);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

export const config = {
  // Not API routes and exports (next.config.js gives them a data-only policy), not the CSV upload
  // (streamed, up to 60 MB: the proxy would buffer it), not Next's static files.
  matcher: ['/((?!api/|facts/import/preview|_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
