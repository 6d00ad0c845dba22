// Stands in for `npm audit`, which cannot reach its advisory service here: fail when next or
// react is older than the first releases without the published security holes.
import { readFileSync } from 'node:fs';

const MINIMUM = { next: '16.2.11', react: '19.2.3', 'react-dom': '19.2.3' };

function parse(version) {
  return version.split(/[.-]/).slice(0, 3).map(Number);
}

function isOlder(actual, minimum) {
  const [a, b] = [parse(actual), parse(minimum)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

let failed = false;
for (const [name, minimum] of Object.entries(MINIMUM)) {
  const { version } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  if (isOlder(version, minimum)) {
    console.error(`${name} ${version} is older than ${minimum}: upgrade it (known security fixes).`);
    failed = true;
  } else {
    console.log(`${name} ${version} >= ${minimum}`);
  }
}
process.exit(failed ? 1 : 0);
