import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3102);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';
// The test's own page server (__tests__/e2e/helpers/article-server.ts): the only local address the app may fetch.
const PAGE_PORT = Number(process.env.E2E_PAGE_PORT ?? PORT + 1000);

/**
 * Browser tests against the production build (built once by scripts/test-all.sh) on a fresh
 * SQLite file, driving Debian's Chromium: no browser is downloaded.
 */
export default defineConfig({
  testDir: '__tests__/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.jest-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -f data/e2e.db* && node scripts/setup.mjs && node scripts/server.mjs -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: 'file:./data/e2e.db',
      NEXT_DIST_DIR: DIST_DIR,
      PORT: String(PORT),
      BETTER_AUTH_URL: `http://localhost:${PORT}`,
      BETTER_AUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789',
      SITREP_ADMIN_EMAIL: 'admin@example.org',
      SITREP_ADMIN_PASSWORD: 'e2e-admin-password',
      NEXT_TELEMETRY_DISABLED: '1',
      SITREP_FETCH_ALLOW_HOSTS: `127.0.0.1:${PAGE_PORT}`,
      XDG_CONFIG_HOME: '/tmp/sitrep-e2e-xdg/config',
      XDG_CACHE_HOME: '/tmp/sitrep-e2e-xdg/cache',
    },
  },
});
