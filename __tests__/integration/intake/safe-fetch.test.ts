import { FEED_TYPES, FetchRefusal, PAGE_TYPES, safeFetch } from '@/lib/intake/fetch';
import { redirect, send, startPageServer, type PageServer } from '@/__tests__/helpers/page-server';

let server: PageServer;
let other: PageServer;

beforeAll(async () => {
  server = await startPageServer({
    '/page': send('text/html; charset=utf-8', '<p>Hello</p>'),
    '/text': send('text/plain', 'plain words'),
    '/feed': send('application/rss+xml', '<rss/>'),
    '/image': send('image/png', Buffer.from([137, 80, 78, 71])),
    '/missing': (_req, res) => res.writeHead(500, { 'content-type': 'text/html' }).end('oops'),
    '/big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 97);
      for (let i = 0; i < 20; i += 1) res.write(chunk);
      res.end();
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('start');
      setTimeout(() => res.end('late'), 3_000).unref();
    },
    '/to-other-server': (req, res) => redirect(`${other.origin}/secret`)(req, res),
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(10 * 1024 * 1024 + 1, 97));
    },
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-ftp': redirect('ftp://example.org/file'),
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/hop${i}`, redirect(`/hop${i + 1}`)])),
    '/hop7': send('text/plain', 'arrived'),
  });
  other = await startPageServer({ '/secret': send('text/plain', 'internal') });
  process.env.SITREP_FETCH_ALLOW_HOSTS = server.host;
});

afterAll(async () => {
  delete process.env.SITREP_FETCH_ALLOW_HOSTS;
  await Promise.all([server.close(), other.close()]);
});

async function refusal(link: string, options: Parameters<typeof safeFetch>[1] = { accept: PAGE_TYPES }): Promise<FetchRefusal> {
  const error = await safeFetch(link, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe('safeFetch', () => {
  it('fetches an allowed host, keeping the charset it declared', async () => {
    const page = await safeFetch(`${server.origin}/page`, { accept: PAGE_TYPES });
    expect(page).toMatchObject({ contentType: 'text/html', charset: 'utf-8' });
    expect(page.body.toString()).toBe('<p>Hello</p>');
  });

  it('refuses loopback by address and by name, even on another port of an allowed host', async () => {
    expect((await refusal(`${other.origin}/secret`)).code).toBe('address');
    expect((await refusal(`http://localhost:${other.origin.split(':')[2]}/secret`)).message).toMatch(/loopback/);
    expect((await refusal('http://[::1]/')).code).toBe('address');
    expect((await refusal('http://[::ffff:127.0.0.1]/')).code).toBe('address');
  });

  it('refuses private, link-local and metadata addresses before connecting', async () => {
    for (const link of ['http://10.1.2.3/', 'http://192.168.0.10/', 'http://172.20.0.1/', 'http://[fd00::1]/'])
      expect((await refusal(link)).message).toMatch(/private/);
    expect((await refusal('http://169.254.169.254/latest/meta-data/')).message).toMatch(/link-local/);
    expect((await refusal('http://[fe80::1]/')).message).toMatch(/link-local/);
    expect((await refusal('http://metadata.google.internal/')).code).toBe('address');
    expect((await refusal('http://0.0.0.0/')).code).toBe('address');
  });

  it('checks every redirect again', async () => {
    expect((await refusal(`${server.origin}/to-metadata`)).message).toMatch(/169\.254\.169\.254.*link-local/);
    expect((await refusal(`${server.origin}/to-ftp`)).code).toBe('scheme');
    expect((await refusal(`${server.origin}/to-other-server`)).message).toMatch(/127\.0\.0\.1.*loopback/);
  });

  it('follows at most 5 redirects', async () => {
    const five = await safeFetch(`${server.origin}/hop2`, { accept: PAGE_TYPES });
    expect(five.body.toString()).toBe('arrived');
    expect((await refusal(`${server.origin}/hop1`)).code).toBe('redirects');
  });

  it('refuses other schemes and things that are not links', async () => {
    for (const link of ['file:///etc/passwd', 'ftp://example.org/a', 'javascript:alert(1)', 'gopher://x/'])
      expect((await refusal(link)).code).toBe('scheme');
    expect((await refusal('not a link')).code).toBe('scheme');
  });

  it('stops at the size limit and at the time limit', async () => {
    expect((await refusal(`${server.origin}/big`, { accept: PAGE_TYPES, limits: { bytes: 1024 * 1024 } })).code).toBe('size');
    const big = await safeFetch(`${server.origin}/big`, { accept: PAGE_TYPES });
    expect(big.body.length).toBe(20 * 64 * 1024);
    expect((await refusal(`${server.origin}/huge`)).message).toMatch(/larger than 10 MB/);
    const started = Date.now();
    expect((await refusal(`${server.origin}/slow`, { accept: PAGE_TYPES, limits: { timeoutMs: 500 } })).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_900);
  });

  it('accepts only the expected content types and a success status', async () => {
    expect((await refusal(`${server.origin}/image`)).code).toBe('type');
    expect((await refusal(`${server.origin}/feed`)).code).toBe('type');
    expect((await safeFetch(`${server.origin}/feed`, { accept: FEED_TYPES })).contentType).toBe('application/rss+xml');
    expect((await safeFetch(`${server.origin}/text`, { accept: PAGE_TYPES })).body.toString()).toBe('plain words');
    expect((await refusal(`${server.origin}/missing`)).code).toBe('status');
  });

  it('refuses a host that does not resolve', async () => {
    expect((await refusal('http://no-such-host.invalid/')).code).toBe('dns');
  });
});
