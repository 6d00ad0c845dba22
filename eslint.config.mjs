import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // jest.mock factories must use require(): they run before imports are hoisted.
  { files: ['__tests__/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', 'lib/generated/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'],
  },
];

export default config;
