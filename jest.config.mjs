import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

const shared = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/__tests__/helpers/empty-module.ts' },
  testEnvironment: 'node',
};

/** Unit tests are pure and run in parallel; integration tests each open their own SQLite file. */
export default async function config() {
  const unit = await createJestConfig({ ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts?(x)'] })();
  const integration = await createJestConfig({
    ...shared,
    displayName: 'integration',
    testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts?(x)'],
  })();
  return { projects: [unit, integration], testPathIgnorePatterns: ['/node_modules/', '/__tests__/e2e/'] };
}
