/**
 * Where to go after signing in. Only paths on this site: "//evil.example" and "/\evil.example"
 * are protocol-relative URLs to another host in browsers, so they fall back to the dashboard.
 */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, 'http://sitrep.invalid');
    if (url.origin !== 'http://sitrep.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
