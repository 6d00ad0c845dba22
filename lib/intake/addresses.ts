import { BlockList, isIP } from 'node:net';

/**
 * Addresses the server must never fetch from for a user-supplied link: its own loopback, private
 * networks, link-local (which holds the cloud metadata service at 169.254.169.254) and the rest
 * of the special ranges, so a link cannot reach inside the deployment.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** Names that point at a metadata service whatever they resolve to. */
const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved';

/** What kind of address this is; an IPv4-mapped IPv6 address is judged as the IPv4 inside it. */
export function classifyAddress(address: string): AddressKind {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  const family = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
  if (!blocked.check(ip, family)) return 'public';
  if (family === 'ipv4') {
    if (ip.startsWith('127.')) return 'loopback';
    if (ip.startsWith('169.254.')) return 'link-local';
    if (/^(10\.|192\.168\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip)) return 'private';
    return 'reserved';
  }
  const lower = ip.toLowerCase();
  if (lower === '::1') return 'loopback';
  if (/^fe[89ab]/.test(lower)) return 'link-local';
  if (/^f[cd]/.test(lower)) return 'private';
  return 'reserved';
}

export function isMetadataHost(hostname: string): boolean {
  return METADATA_HOSTS.has(hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * SITREP_FETCH_ALLOW_HOSTS: hosts ("example.org") or host:port ("127.0.0.1:8080") the fetcher may
 * reach although they resolve to a refused address (tests, an intranet mirror). Read on each call
 * so a test can set it.
 */
export function isAllowedHost(hostname: string, port: string): boolean {
  const entries = (process.env.SITREP_FETCH_ALLOW_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return entries.some((entry) => entry === host || entry === `${host}:${port}` || entry === `[${host}]:${port}`);
}
