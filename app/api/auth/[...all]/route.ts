import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/server';

/** Better Auth's endpoints (sign-in, sign-out, session) under /api/auth. */
export const { GET, POST } = toNextJsHandler(auth);
