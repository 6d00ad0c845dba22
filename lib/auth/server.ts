import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins';
import { prisma } from '@/lib/prisma';
import { SIGN_IN_WINDOW_SECONDS } from '@/lib/auth/sign-in-policy';
import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { authBaseUrl, authSecret, extraTrustedOrigins } from '@/lib/auth/config';

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
    // Sign-in is limited by Sitrep's own limiter on every path (lib/auth/sign-in-limit.ts), so
    // Better Auth's rule for it is off. A rule with the sign-in window stays so that Better Auth,
    // which prunes RateLimit rows older than its longest window, never drops those counters.
    customRules: {
      '/sign-in/email': false,
      '/sign-in/window-keeper': { window: SIGN_IN_WINDOW_SECONDS, max: 10 },
      '/two-factor/verify-totp': { window: 60, max: 5 },
      '/two-factor/verify-backup-code': { window: 60, max: 5 },
    },
  },
  advanced: {
    // Better Auth skips origin checks when NODE_ENV=test; say it explicitly so tests check the real thing.
    disableOriginCheck: false,
    disableCSRFCheck: false,
    // The address Sitrep resolved from the socket and SITREP_TRUSTED_PROXIES (lib/auth/client-address.ts),
    // put into this header by the route handler; unknown addresses are not pooled into one bucket.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER], disableIpTracking: false },
    useSecureCookies: process.env.SITREP_SECURE_COOKIES === 'true',
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
  },
  telemetry: { enabled: false },
  plugins: [twoFactor({ issuer: 'Sitrep' }), nextCookies()],
});

export type Auth = typeof auth;
