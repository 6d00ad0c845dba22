/**
 * The security headers every response carries (README "Security"). The Content-Security-Policy
 * has a fresh nonce per request, set by proxy.ts; Next.js puts it on its own scripts. Recharts
 * draws SVG with style attributes, hence style-src-attr 'unsafe-inline'; <style> and <script>
 * elements need the nonce.
 */

export function contentSecurityPolicy(nonce: string, isDevelopment = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

import staticHeaders from '@/lib/http/static-headers.json';

/** Headers that do not change per request; next.config.js sends them on every route, static files too. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = staticHeaders.everyRoute;

/** API and export responses are data, never documents: they may load nothing and be framed nowhere. */
export const DATA_ROUTE_POLICY: string = staticHeaders.dataRoutePolicy;

/** Two years, subdomains included: only when the deployment serves HTTPS (SITREP_SECURE_COOKIES=true). */
export function strictTransportSecurity(): string | null {
  return process.env.SITREP_SECURE_COOKIES === 'true' ? 'max-age=63072000; includeSubDomains' : null;
}
