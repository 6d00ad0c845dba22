import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/server';

/**
 * Better Auth's own HTTP endpoints (/api/auth/sign-in/email, /api/auth/get-session, …). Its
 * POST endpoints check the Origin against baseURL + SITREP_TRUSTED_ORIGINS and are rate-limited
 * per address in the RateLimit table. Sitrep's pages use server actions instead; these stay for
 * scripts and API clients.
 */
export const { GET, POST } = toNextJsHandler(auth);
