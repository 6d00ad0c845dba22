import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { classifyAddress, isAllowedHost, isMetadataHost } from '@/lib/intake/addresses';

export const FETCH_LIMITS = { redirects: 5, bytes: 10 * 1024 * 1024, timeoutMs: 20_000 } as const;

/** Content types a report link may answer with, and those of a feed. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'application/pdf', 'text/plain'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml'] as const;

export type FetchRefusalCode = 'scheme' | 'address' | 'dns' | 'redirects' | 'size' | 'timeout' | 'type' | 'status' | 'network';

/** A link the server would not or could not fetch; the message says so in words a user can act on. */
export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** contentType is the bare type; charset what the header named, if anything. */
export type Fetched = { url: string; contentType: string; charset: string | null; body: Buffer };
export type FetchOptions = { accept: readonly string[]; limits?: Partial<Record<keyof typeof FETCH_LIMITS, number>> };

/**
 * Fetches a user-supplied link safely: http(s) only; every hop's host resolved and refused when
 * any of its addresses is loopback, private, link-local or reserved (unless allowed by
 * SITREP_FETCH_ALLOW_HOSTS), then connected to that same checked address so DNS cannot change
 * its answer in between; at most 5 redirects, 10 MB and 20 s in all; only the accepted types.
 */
export async function safeFetch(link: string, options: FetchOptions): Promise<Fetched> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url = parseLink(link);
  for (let hop = 0; ; hop += 1) {
    const target = await checkTarget(url);
    const response = await request(url, target, { signal: deadline, maxBytes: limits.bytes, seconds: Math.round(limits.timeoutMs / 1000) });
    if (response.location === null) return acceptBody(url, response, options.accept);
    if (hop >= limits.redirects)
      throw new FetchRefusal('redirects', `The link redirects more than ${limits.redirects} times; paste the final address instead.`);
    url = parseLink(new URL(response.location, url).toString());
  }
}

function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new FetchRefusal('scheme', 'This is not a web address. Paste the whole link, starting with https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefusal('scheme', 'Only http and https links can be read. Download the file and upload it instead.');
  return url;
}

type Target = { address: string; family: number } | null;

/** The checked address to connect to, or null when the host is on the allow list. */
async function checkTarget(url: URL): Promise<Target> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (isAllowedHost(hostname, port)) return null;
  if (isMetadataHost(hostname)) throw refusedAddress(hostname, 'link-local');
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(hostname) ? [{ address: hostname, family: isIP(hostname) }] : await lookup(hostname, { all: true });
  } catch {
    throw new FetchRefusal('dns', `The host ${hostname} could not be found. Check the address.`);
  }
  for (const entry of addresses) {
    const kind = classifyAddress(entry.address);
    if (kind !== 'public') throw refusedAddress(hostname, kind);
  }
  return addresses[0];
}

function refusedAddress(hostname: string, kind: string): FetchRefusal {
  return new FetchRefusal('address', `Sitrep does not fetch from ${hostname}: it is a ${kind} address, not a public web site.`);
}

type RawResponse = { status: number; location: string | null; contentType: string; body: Buffer };

function request(
  url: URL,
  target: Target,
  { signal, maxBytes, seconds }: { signal: AbortSignal; maxBytes: number; seconds: number },
): Promise<RawResponse> {
  const pinned: LookupFunction | undefined = target
    ? (_host, opts, callback) => (opts.all ? callback(null, [target]) : callback(null, target.address, target.family))
    : undefined;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) =>
      reject(
        signal.aborted
          ? new FetchRefusal('timeout', `The site took longer than ${seconds} seconds to answer. Try again later, or paste the text.`)
          : error,
      );
    // A fresh connection per request: a pooled socket could belong to an address checked for another hop.
    const req = client.get(
      url,
      { agent: false, lookup: pinned, signal, headers: { 'user-agent': 'Sitrep report reader', accept: '*/*' } },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, location: res.headers.location, contentType: '', body: Buffer.alloc(0) });
        }
        if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
          req.destroy();
          return reject(tooLarge(maxBytes));
        }
        readBody(res, maxBytes).then(
          (body) => resolve({ status, location: null, contentType: String(res.headers['content-type'] ?? ''), body }),
          (error) => {
            req.destroy();
            fail(error);
          },
        );
      },
    );
    req.on('error', (error) =>
      fail(
        error instanceof FetchRefusal
          ? error
          : new FetchRefusal('network', `The site could not be reached (${(error as NodeJS.ErrnoException).code ?? error.message}).`),
      ),
    );
  });
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): FetchRefusal {
  return new FetchRefusal(
    'size',
    `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Download the part you need and paste it.`,
  );
}

function acceptBody(url: URL, response: RawResponse, accept: readonly string[]): Fetched {
  if (response.status < 200 || response.status >= 300)
    throw new FetchRefusal('status', `The site answered ${response.status} for this link. Check that the address opens in a browser.`);
  const contentType = response.contentType.split(';')[0].trim().toLowerCase();
  if (!accept.includes(contentType))
    throw new FetchRefusal('type', `The link returned ${contentType || 'an unknown type'}; Sitrep reads web pages, PDFs and plain text.`);
  const charset = /charset="?([\w-]+)/i.exec(response.contentType)?.[1] ?? null;
  return { url: url.toString(), contentType, charset, body: response.body };
}
