import { spawnSync } from 'node:child_process';

/**
 * lib/ modules import 'server-only', which resolves to an empty module only under the
 * react-server condition (as in Next's server): a benchmark re-runs itself in a child that has it.
 * Returns in the child; in the parent, exits with the child's status.
 */
export function runUnderReactServer(file: string, flag: string): void {
  if (process.env[flag]) return;
  const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [flag]: '1' },
  });
  process.exit(child.status ?? 1);
}
