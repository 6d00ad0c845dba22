/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload script: require is how it loads. */
// Preloaded by the concurrency bench (node --require): server actions import next/headers,
// next/cache, next/navigation and server-only, which only work inside a Next request. This maps
// them to stand-ins where each simulated editor's call sees its OWN request headers through
// AsyncLocalStorage, so 50 concurrent editors have 50 sessions. The actions, Better Auth and the
// database are the real ones.
const Module = require('node:module');
const path = require('node:path');
const { AsyncLocalStorage } = require('node:async_hooks');

const requestStore = new AsyncLocalStorage();
globalThis.__sitrepBenchRequest = requestStore;

function currentHeaders() {
  const store = requestStore.getStore();
  if (!store) throw new Error('A server action ran outside a simulated request.');
  return store.headers;
}

const standIns = {
  'server-only': {},
  'next/cache': { revalidatePath() {}, revalidateTag() {}, updateTag() {}, refresh() {} },
  'next/navigation': {
    redirect(url) {
      throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { redirectTo: url });
    },
    notFound() {
      throw new Error('NEXT_NOT_FOUND');
    },
  },
  'next/headers': {
    headers: async () => currentHeaders(),
    cookies: async () => {
      const jar = new Map();
      for (const part of (currentHeaders().get('cookie') ?? '').split(';')) {
        const [name, ...rest] = part.trim().split('=');
        if (name) jar.set(name, rest.join('='));
      }
      return {
        get: (name) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
        getAll: () => [...jar].map(([name, value]) => ({ name, value })),
        has: (name) => jar.has(name),
        set: () => undefined,
        delete: () => undefined,
      };
    },
  },
};

const folder = path.join(__dirname, '.stand-ins');
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (Object.hasOwn(standIns, request)) return `${folder}/${request.replace('/', '__')}`;
  return originalResolve.call(this, request, ...rest);
};
for (const [request, exports] of Object.entries(standIns)) {
  const id = `${folder}/${request.replace('/', '__')}`;
  const standIn = new Module(id);
  standIn.filename = id;
  standIn.loaded = true;
  standIn.exports = exports;
  Module._cache[id] = standIn;
}
