import { readFileSync } from 'node:fs';

const securityHeaders = JSON.parse(readFileSync(new URL('./lib/http/static-headers.json', import.meta.url), 'utf8'));

const ACTION_BODY_LIMIT = '12mb'; // MAX_ACTION_BODY_BYTES in lib/http/action-body.ts

const headerList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e2e, benchmarks) use their own output folder without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT },
    // proxy.ts reads action bodies to refuse malformed ones; it must see all of a permitted body.
    proxyClientMaxBodySize: ACTION_BODY_LIMIT,
  },
  // Every route, static files included (README "Security"). Pages and actions get their
  // Content-Security-Policy (with a nonce) and HSTS from proxy.ts; data routes get this one.
  async headers() {
    return [
      { source: '/:path*', headers: headerList(securityHeaders.everyRoute) },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: securityHeaders.dataRoutePolicy }] },
      { source: '/facts/import/preview', headers: [{ key: 'Content-Security-Policy', value: securityHeaders.dataRoutePolicy }] },
    ];
  },
};

export default nextConfig;
