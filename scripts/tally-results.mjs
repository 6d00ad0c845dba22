// Adds up Jest's and Playwright's JSON results into the one line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2] ?? '.jest-results';
let passed = 0;
let failed = 0;

for (const file of existsSync(folder) ? readdirSync(folder) : []) {
  const result = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
  if (file.startsWith('jest')) {
    passed += result.numPassedTests;
    // A suite that fails to load has no failed tests but must still count.
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  } else if (file.startsWith('playwright')) {
    passed += result.stats.expected + (result.stats.flaky ?? 0);
    failed += result.stats.unexpected;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
