import { requestSource, withClientAddress } from '@/lib/auth/client-address';

/** Issue 19, points 1 and 5: forwarding headers count only from a trusted proxy. */
const h = (init: Record<string, string>) => new Headers(init);

describe('requestSource', () => {
  it('uses the socket address and ignores forwarding headers from an untrusted peer', () => {
    const source = requestSource(
      h({
        'x-sitrep-peer': '::ffff:192.0.2.5',
        'x-forwarded-for': '203.0.113.9',
        host: 'sitrep.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      }),
      [],
    );
    expect(source).toEqual({ address: '192.0.2.5', host: 'sitrep.example', protocol: 'http' });
  });

  it('takes the rightmost untrusted X-Forwarded-For hop and the forwarded host from a trusted proxy', () => {
    const headers = h({
      'x-sitrep-peer': '10.0.0.2',
      'x-forwarded-for': '198.51.100.1, 203.0.113.7, 10.0.0.9',
      'x-forwarded-host': 'sitrep.example',
      'x-forwarded-proto': 'https',
      host: 'app:3000',
    });
    expect(requestSource(headers, ['10.0.0.0/8'])).toEqual({ address: '203.0.113.7', host: 'sitrep.example', protocol: 'https' });
  });

  it('matches IPv6 proxy ranges', () => {
    expect(requestSource(h({ 'x-sitrep-peer': '2001:db8::5', 'x-forwarded-for': '2001:db8:1::9' }), ['2001:db8::/64']).address).toBe(
      '2001:db8:1::9',
    );
  });

  it("knows no address when the request did not come through Sitrep's server", () => {
    expect(requestSource(h({ 'x-forwarded-for': '203.0.113.9' }), ['10.0.0.0/8']).address).toBeNull();
    expect(requestSource(h({ 'x-sitrep-peer': 'not-an-address' }), []).address).toBeNull();
  });
});

describe('withClientAddress', () => {
  it('replaces a client-sent x-sitrep-client, and drops it when the address is unknown', () => {
    expect(withClientAddress(h({ 'x-sitrep-client': '1.2.3.4' }), '192.0.2.1').get('x-sitrep-client')).toBe('192.0.2.1');
    expect(withClientAddress(h({ 'x-sitrep-client': '1.2.3.4' }), null).has('x-sitrep-client')).toBe(false);
  });
});
