import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@/lib/facts/vocabulary';

export type UserCreateArgs = { email: string; organization: string; role: Role; name?: string };

export const USER_CREATE_USAGE = 'Usage: npm run user:create -- --email E --org ORGANIZATION --role admin|editor|viewer [--name NAME]';

/** The command line of `npm run user:create`, or the one-line reason it is wrong. */
export function parseUserCreateArgs(argv: string[]): { ok: true; args: UserCreateArgs } | { ok: false; error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  const email = String(values.email ?? '').trim();
  const organization = String(values.org ?? '').trim();
  const role = String(values.role ?? '').trim();
  if (!email) return { ok: false, error: 'Missing --email.' };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, error: `"${email}" is not an e-mail address.` };
  if (!organization) return { ok: false, error: 'Missing --org (the organization name; it is created if new).' };
  if (!(ROLES as readonly string[]).includes(role))
    return { ok: false, error: `--role must be one of ${ROLES.join(', ')}${role ? `, not "${role}"` : ''}.` };
  const name = typeof values.name === 'string' && values.name.trim() ? values.name.trim() : undefined;
  return { ok: true, args: { email, organization, role: role as Role, name } };
}
