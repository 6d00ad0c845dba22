import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins';
import { prisma } from '@/lib/prisma';
import { SIGN_IN_WINDOW_SECONDS } from '@/lib/auth/sign-in-policy';
import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';
import { authBaseUrl, authSecret, extraTrustedOrigins, trustedProxies } from '@/lib/auth/config';

/**
 * Better Auth: email + password with revocable database sessions, origin checks, and
 * rate limits kept in the database so that several app servers share the counters.
 */
export const auth = betterAuth({
  appName: 'Sitrep',
  baseURL: authBaseUrl(),
  // Better Auth rejects POSTs whose Origin is not one of these (plus baseURL).
  trustedOrigins: extraTrustedOrigins(),
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
    // The sign-in window matches the server action's failure window (lib/auth/sign-in-limit.ts):
    // Better Auth prunes RateLimit rows older than its longest window, which must not drop those counters.
    customRules: {
      '/sign-in/email': { window: SIGN_IN_WINDOW_SECONDS, max: 10 },
      '/two-factor/verify-totp': { window: 60, max: 5 },
    },
  },
  advanced: {
    // Better Auth skips origin checks when NODE_ENV=test; say it explicitly so tests check the real thing.
    disableOriginCheck: false,
    disableCSRFCheck: false,
    ipAddress: { trustedProxies: trustedProxies() },
    useSecureCookies: process.env.SITREP_SECURE_COOKIES === 'true',
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
  },
  telemetry: { enabled: false },
  plugins: [twoFactor({ issuer: 'Sitrep' }), nextCookies()],
});

export type Auth = typeof auth;
