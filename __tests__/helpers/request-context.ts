/**
 * Server actions read the request through next/headers and finish with next/cache and
 * next/navigation; outside Next those throw. This stands in for the request only: the actions,
 * Better Auth's session checks and the database are the real ones.
 *
 * Usage in a test file (before importing actions):
 *   jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
 *   jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
 *   jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);
 */
import { auth } from '@/lib/auth/server';

export const TEST_ORIGIN = 'http://localhost:3000';

const state = { headers: new Headers({ origin: TEST_ORIGIN, host: 'localhost:3000' }) };

/** Sets the headers of the "current request" seen by actions and route handlers. */
export function setRequestHeaders(init: Record<string, string | null>): void {
  const headers = new Headers({ host: 'localhost:3000' });
  for (const [name, value] of Object.entries(init)) if (value !== null) headers.set(name, value);
  state.headers = headers;
}

/** Signs in through Better Auth's real endpoint and makes its session cookie the request's. */
export async function signInAs(email: string, password: string, origin: string | null = TEST_ORIGIN): Promise<string> {
  const response = await auth.api.signInEmail({
    body: { email, password },
    asResponse: true,
    headers: new Headers({ origin: TEST_ORIGIN }),
  });
  if (!response.ok) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  setRequestHeaders({ origin, cookie });
  return cookie;
}

export function signOutOfRequest(origin: string | null = TEST_ORIGIN): void {
  setRequestHeaders({ origin });
}

/** The cookies of the current request as a map (name → value). */
function cookieJar(): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (state.headers.get('cookie') ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) jar.set(name, safeDecode(rest.join('=')));
  }
  return jar;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Like a browser: cookies an action sets (session, two-factor step) go with the next request. */
function writeJar(jar: Map<string, string>): void {
  // Encoded as Next's cookies().set writes them into Set-Cookie.
  const cookie = [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
  if (cookie) state.headers.set('cookie', cookie);
  else state.headers.delete('cookie');
}

export const nextHeadersMock = {
  headers: async () => state.headers,
  cookies: async () => {
    const jar = cookieJar();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string, options?: { maxAge?: number; expires?: Date }) => {
        const isExpired =
          options?.maxAge === 0 || (options?.expires !== undefined && options.expires.getTime() <= Date.now()) || value === '';
        if (isExpired) jar.delete(name);
        else jar.set(name, value);
        writeJar(jar);
      },
      delete: (name: string) => {
        jar.delete(name);
        writeJar(jar);
      },
    };
  },
};

export const nextCacheMock = { revalidatePath: jest.fn(), revalidateTag: jest.fn(), updateTag: jest.fn(), refresh: jest.fn() };

/** redirect() throws in Next as well; the error carries the target so tests can assert it. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`NEXT_REDIRECT ${url}`);
  }
}

export const nextNavigationMock = {
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
};
