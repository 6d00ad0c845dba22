import { parseUserCreateArgs } from '@/lib/accounts/user-create-args';
import { safeNextPath } from '@/lib/auth/next-path';
import { groupSecret, secretFromOtpauthUri } from '@/lib/auth/totp-uri';

describe('safeNextPath', () => {
  it.each([
    ['/reports?x=1#top', '/reports?x=1#top'],
    ['/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/x', '/'],
    ['javascript:alert(1)', '/'],
    ['/%0d%0aSet-Cookie:x', '/%0d%0aSet-Cookie:x'],
    ['/a\nb', '/'],
    ['', '/'],
    [undefined, '/'],
    [['/a'], '/'],
  ])('%p → %p', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe('user:create arguments', () => {
  it('accepts the documented form', () => {
    expect(parseUserCreateArgs(['--email', 'a@b.org', '--org', 'Fictional Org', '--role', 'admin', '--name', 'A B'])).toEqual({
      ok: true,
      args: { email: 'a@b.org', organization: 'Fictional Org', role: 'admin', name: 'A B' },
    });
  });

  it.each([
    [[], /Missing --email/],
    [['--email', 'nope', '--org', 'O', '--role', 'admin'], /not an e-mail/],
    [['--email', 'a@b.org', '--role', 'admin'], /Missing --org/],
    [['--email', 'a@b.org', '--org', 'O', '--role', 'owner'], /one of viewer, editor, admin, not "owner"/],
    [['--email', 'a@b.org', '--org', 'O', '--role', 'admin', '--password', 'x'], /Unknown option/],
    [['stray'], /positional/i],
  ])('refuses %p with one line', (argv, message) => {
    const result = parseUserCreateArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });
});

describe('TOTP setup text', () => {
  it('takes the secret out of the otpauth URI and groups it for typing', () => {
    const secret = secretFromOtpauthUri('otpauth://totp/Sitrep:a%40b.org?secret=JBSWY3DPEHPK3PXP&issuer=Sitrep');
    expect(secret).toBe('JBSWY3DPEHPK3PXP');
    expect(groupSecret(secret)).toBe('JBSW Y3DP EHPK 3PXP');
    expect(secretFromOtpauthUri('not a uri')).toBe('');
  });
});
