// Prepares the database before `npm start` / `npm run dev`: creates it, applies the committed
// migrations, and loads the example data (idempotent). Also makes a local session secret once.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import nextEnv from '@next/env';

ensureLocalSecret();
nextEnv.loadEnvConfig(process.cwd());

const url = process.env.DATABASE_URL?.trim() || 'file:./data/sitrep.db';
if (url.startsWith('file:')) mkdirSync('data', { recursive: true });

run('prisma', ['migrate', 'deploy']);
if (url.startsWith('file:')) run('node', ['scripts/sqlite-wal.mjs', url.slice('file:'.length)]);
if (process.env.SITREP_SKIP_SEED !== 'true') run('tsx', ['prisma/seed/index.ts']);

function run(command, args) {
  const bin = command === 'node' ? process.execPath : `node_modules/.bin/${command}`;
  const result = spawnSync(bin, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
  });
  const output = result.stdout.trim().split('\n');
  // Prisma's migrate output is long; its last line says whether migrations applied.
  if (output.at(-1)) console.log(output.at(-1));
  if (result.status !== 0) {
    console.error(`Setup stopped: "${command} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

/** A random BETTER_AUTH_SECRET in .env.local on first run, unless one is already configured. */
function ensureLocalSecret() {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = '.env.local';
  if (existsSync(file) && readFileSync(file, 'utf8').includes('BETTER_AUTH_SECRET=')) return;
  appendFileSync(
    file,
    `# Made by scripts/setup.mjs on first run; keep it private.\nBETTER_AUTH_SECRET=${randomBytes(32).toString('hex')}\n`,
  );
  console.log('Created .env.local with a new session secret.');
}
