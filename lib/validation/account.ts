import { z } from 'zod';
import { ROLES, SENSITIVITIES } from '@/lib/facts/vocabulary';
import { cleanText, strictPositiveInteger } from '@/lib/validation/strict';

export const MIN_PASSWORD_LENGTH = 10;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an e-mail address.')
  .max(254, 'That e-mail address is too long.')
  .pipe(z.email('Enter an e-mail address like name@example.org.'));

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.').max(1000, 'That password is too long.'),
  next: z.string().max(2000).optional(),
});

const SIX_DIGITS = /^\d{6}$/;
const BACKUP_CODE = /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/;

export const TotpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(SIX_DIGITS, 'Enter the 6-digit code from your authenticator app.')),
});

/** At sign-in a one-time backup code (xxxxx-xxxxx) may stand in for the app's code. */
export const SignInCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .refine(
          (value) => SIX_DIGITS.test(value) || BACKUP_CODE.test(value),
          'Enter the 6-digit code from your authenticator app, or one of your backup codes.',
        ),
    ),
});

export function isBackupCode(code: string): boolean {
  return BACKUP_CODE.test(code);
}

export const PasswordConfirmSchema = z.object({
  password: z.string().min(1, 'Enter your password to confirm.').max(1000, 'That password is too long.'),
});

const role = z.enum(ROLES, { error: 'Pick a role: viewer, editor or admin.' });

export const NewMemberSchema = z.object({
  organizationId: z.string().min(1, 'Pick an organization.'),
  email,
  name: cleanText('name', 200, { optional: true }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `The initial password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, 'Keep the password under 200 characters.'),
  role,
});

export const RoleChangeSchema = z.object({ membershipId: z.string().min(1, 'Pick a member.'), role });

export const MembershipRefSchema = z.object({ membershipId: z.string().min(1, 'Pick a member.') });

export const SensitivitySchema = z.object({
  id: z.string().min(1, 'Nothing was picked.'),
  sensitivity: z.enum(SENSITIVITIES, { error: 'Pick public or restricted.' }),
});

export const FactSensitivitySchema = SensitivitySchema.extend({
  version: strictPositiveInteger('The form lost the fact version; reload the page.'),
});
