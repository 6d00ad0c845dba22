import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins';
import { prisma } from '@/lib/prisma';
import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';
import { authBaseUrl, authSecret } from '@/lib/auth/config';

/**
 * Better Auth: email + password with revocable database sessions, origin checks, and
 * rate limits kept in the database so that several app servers share the counters.
 */
export const auth = betterAuth({
  appName: 'Sitrep',
  baseURL: authBaseUrl(),
  secret: authSecret(),
  database: prismaAdapter(prisma, { provider: databaseKind(resolveDatabaseUrl()) }),
  emailAndPassword: {
    enabled: true,
    // Accounts are created by admins and the CLI, never by open sign-up.
    disableSignUp: true,
    minPasswordLength: 10,
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    storage: 'database',
    window: 60,
    max: 100,
    customRules: {
      '/sign-in/email': { window: 60, max: 5 },
      '/two-factor/verify-totp': { window: 60, max: 5 },
    },
  },
  advanced: {
    useSecureCookies: process.env.SITREP_SECURE_COOKIES === 'true',
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
  },
  telemetry: { enabled: false },
  plugins: [twoFactor({ issuer: 'Sitrep' }), nextCookies()],
});

export type Auth = typeof auth;
