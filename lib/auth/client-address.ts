import { BlockList, isIP } from 'node:net';
import { trustedProxies } from '@/lib/auth/config';

/**
 * Who sent a request, decided once for every path (sign-in limits, origin checks, audit).
 *
 * The socket's address is stamped into PEER_HEADER by Sitrep's server (scripts/server.mjs), which
 * overwrites whatever a client sent under that name. Forwarding headers (X-Forwarded-For, -Host,
 * -Proto) are believed only when that peer is a proxy listed in SITREP_TRUSTED_PROXIES; otherwise
 * a client could pick the address its failures count against, or the host its Origin is checked on.
 */
export const PEER_HEADER = 'x-sitrep-peer';

export type RequestSource = {
  /** The client's address, or null when the request did not come through Sitrep's server. */
  address: string | null;
  /** The host the browser addressed, for origin checks. */
  host: string | null;
  protocol: 'http' | 'https';
};

export function requestSource(headers: Headers, proxies: string[] = trustedProxies()): RequestSource {
  const peer = normalizeAddress(headers.get(PEER_HEADER));
  const directHost = headers.get('host');
  if (!peer || !isTrusted(peer, proxies)) return { address: peer, host: directHost, protocol: 'http' };
  const forwardedProto = firstValue(headers.get('x-forwarded-proto'));
  return {
    address: forwardedClient(headers.get('x-forwarded-for'), proxies) ?? peer,
    host: firstValue(headers.get('x-forwarded-host')) ?? directHost,
    protocol: forwardedProto === 'https' ? 'https' : 'http',
  };
}

/** The nearest address in X-Forwarded-For that is not one of our proxies (the rightmost untrusted). */
function forwardedClient(header: string | null, proxies: string[]): string | null {
  const hops = (header ?? '')
    .split(',')
    .map((hop) => normalizeAddress(hop))
    .filter((hop): hop is string => hop !== null);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    if (!isTrusted(hops[index], proxies)) return hops[index];
  }
  return hops[0] ?? null;
}

function isTrusted(address: string, proxies: string[]): boolean {
  if (proxies.length === 0) return false;
  const list = new BlockList();
  for (const entry of proxies) {
    const [network, prefix] = entry.split('/');
    const family = isIP(network) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(network)) continue;
    if (prefix === undefined) list.addAddress(network, family);
    else list.addSubnet(network, Number(prefix), family);
  }
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** A valid IP address in one spelling ("::ffff:192.0.2.1" → "192.0.2.1"), or null. */
export function normalizeAddress(value: string | null): string | null {
  const trimmed = value?.trim().toLowerCase() ?? '';
  const mapped = trimmed.startsWith('::ffff:') ? trimmed.slice(7) : trimmed;
  if (isIP(mapped)) return mapped;
  return isIP(trimmed) ? trimmed : null;
}

function firstValue(header: string | null): string | null {
  const value = header?.split(',')[0]?.trim();
  return value ? value : null;
}

/** Header Better Auth reads the client address from (advanced.ipAddress in lib/auth/server.ts). */
export const CLIENT_ADDRESS_HEADER = 'x-sitrep-client';

/**
 * The request's headers for Better Auth, carrying the address Sitrep resolved. Any value a
 * client sent under that name is replaced, and removed when the address is unknown.
 */
export function withClientAddress(source: Headers, address: string | null): Headers {
  const copy = new Headers(source);
  copy.delete(CLIENT_ADDRESS_HEADER);
  if (address) copy.set(CLIENT_ADDRESS_HEADER, address);
  return copy;
}
