import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

const shared = {
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/__tests__/helpers/empty-module.ts',
    // unpdf's CommonJS entry loads pdf.js with import(), which Jest's CJS runtime refuses: use the ESM files, compiled.
    '^unpdf$': '<rootDir>/node_modules/unpdf/dist/index.mjs',
    '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs',
  },
  testEnvironment: 'node',
};

// Better Auth and its helpers ship ESM only; Jest (CJS on Node 20) must compile them.
const ESM_PACKAGES = [
  'better-auth',
  '@better-auth',
  'better-call',
  '@better-fetch',
  'jose',
  'nanostores',
  'rou3',
  'defu',
  'uncrypto',
  '@noble',
  'kysely',
  'zod',
  'unpdf',
  // linkedom and fast-xml-parser (link and feed intake) and pg-boss (jobs) ship ESM too.
  'linkedom',
  'css-select',
  'css-what',
  'domutils',
  'dom-serializer',
  'domhandler',
  'htmlparser2',
  'entities',
  'boolbase',
  'nth-check',
  'uhyphen',
  'domelementtype',
  'cssomnom',
  'html-escaper',
  'temporal-spec',
  'fast-xml-parser',
  'strnum',
  'pg-boss',
  'serialize-error',
  'rrule-temporal',
  // d3-geo (the map) too.
  'd3-geo',
  'd3-array',
  'internmap',
];
const transformIgnorePatterns = [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`];

/** Unit tests are pure and run in parallel; integration tests each open their own SQLite file. */
export default async function config() {
  const unit = await createJestConfig({ ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts?(x)'] })();
  const integration = await createJestConfig({
    ...shared,
    displayName: 'integration',
    testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts?(x)'],
    setupFiles: ['<rootDir>/__tests__/helpers/test-database-env.ts'],
    setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/test-database-lifecycle.ts'],
  })();
  integration.transformIgnorePatterns = transformIgnorePatterns;
  unit.transformIgnorePatterns = transformIgnorePatterns;
  // Two `next start` servers on one PostgreSQL database: only with TEST_DATABASE_URL=postgresql://…
  // (scripts/test-postgres.sh), after the production build.
  const onPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '');
  const servers = await createJestConfig({ ...shared, displayName: 'servers', testMatch: ['<rootDir>/__tests__/servers/**/*.test.ts'] })();
  return {
    projects: onPostgres ? [unit, integration, servers] : [unit, integration],
    testPathIgnorePatterns: ['/node_modules/', '/__tests__/e2e/'],
  };
}
