/**
 * Load bench: `npm run bench:load -- [--db sqlite|postgresql] [--facts N] [--clients 50]
 * [--seconds 60] [--quick] [--profile]`. Drives the real production server (scripts/server.mjs on
 * the build in .next-e2e, or NEXT_DIST_DIR) with autocannon: per client 70% dashboard reads, 20%
 * fact-form writes, 10% CSV exports. --quick: 20,000 facts, 10 clients, 10 s. Prints reads p95,
 * writes p95, the error rate and how long the server's event loop was blocked; writes
 * bench/out/load-<db>-<facts>.json. --profile also writes a CPU profile to bench/out/profile/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { EDITOR_PASSWORD, EDITORS, editorEmail } from './databases';
import { clientRequests, type Kind, type Session } from './mix';
import { signIn, sessionFor } from './sessions';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    facts: { type: 'string' },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    port: { type: 'string', default: '3217' },
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const facts = Number(values.facts ?? (values.quick ? 20_000 : 1_000_000));
const clients = Number(values.clients ?? (values.quick ? 10 : 50));
const seconds = Number(values.seconds ?? (values.quick ? 10 : 60));
const origin = `http://127.0.0.1:${values.port}`;
const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';

function prepareDatabase(): string {
  const child = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'prepare.ts'), '--db', values.db!, '--facts', String(facts)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.status !== 0) throw new Error('preparing the database failed');
  return child.stdout.trim().split('\n').at(-1)!;
}

async function startServer(url: string, loopFile: string): Promise<ChildProcess> {
  if (!existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error(`No build in ${distDir}: run NEXT_DIST_DIR=${distDir} npx next build first.`);
  const flags = ['--import', path.resolve(__dirname, 'loop-monitor.mjs')];
  if (values.profile) flags.push('--cpu-prof', '--cpu-prof-dir', path.resolve('bench/out/profile'));
  const server = spawn(process.execPath, [...flags, 'scripts/server.mjs', '-p', values.port!, '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: 'production',
      BETTER_AUTH_URL: origin,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'load-bench-secret-0123456789abcdef0123',
      LOAD_LOOP_FILE: loopFile,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let waited = 0; waited < 120_000; waited += 500) {
    if ((await fetch(`${origin}/`).catch(() => null))?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error('the server did not answer within 2 minutes');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function drive(sessions: Session[]) {
  const samples: Record<Kind, { ms: number[]; errors: number }> = {
    read: { ms: [], errors: 0 },
    write: { ms: [], errors: 0 },
    export: { ms: [], errors: 0 },
  };
  let answered: { kind: Kind; status: number } | null = null;
  const requests = clientRequests(sessions, origin, (kind, status) => (answered = { kind, status }));
  const instance = autocannon({ url: origin, connections: clients, duration: seconds, requests, timeout: 30 });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (!answered) return;
    const { kind, status } = answered;
    samples[kind].ms.push(ms);
    if (status !== (kind === 'write' ? 303 : 200)) samples[kind].errors += 1;
    answered = null;
  });
  const result = await instance;
  return { samples, timeouts: result.timeouts, total: result.requests.total };
}

async function main(): Promise<void> {
  const url = prepareDatabase();
  mkdirSync('bench/out', { recursive: true });
  const loopFile = path.resolve(`bench/out/load-loop-${process.pid}.json`);
  const server = await startServer(url, loopFile);
  try {
    const cookies = await Promise.all(Array.from({ length: EDITORS }, (_, index) => signIn(origin, editorEmail(index), EDITOR_PASSWORD)));
    const sessions = await Promise.all(cookies.map((cookie) => sessionFor(origin, cookie)));
    const { samples, timeouts, total } = await drive(sessions);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    const loop = existsSync(loopFile) ? JSON.parse(readFileSync(loopFile, 'utf8')) : null;
    const summary = (kind: Kind) => {
      const sorted = [...samples[kind].ms].sort((a, b) => a - b);
      return {
        count: sorted.length,
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        errors: samples[kind].errors,
      };
    };
    const counted = samples.read.ms.length + samples.write.ms.length + samples.export.ms.length;
    const errors = samples.read.errors + samples.write.errors + samples.export.errors + timeouts;
    const report = {
      db: values.db,
      facts,
      clients,
      seconds,
      requestsPerSecond: Math.round((total / seconds) * 10) / 10,
      reads: summary('read'),
      writes: summary('write'),
      exports: summary('export'),
      timeouts,
      errorRate: counted + timeouts ? errors / (counted + timeouts) : 0,
      ...loop,
    };
    writeFileSync(`bench/out/load-${values.db}-${facts}.json`, JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
    console.log(
      `\n${values.db}, ${facts} facts, ${clients} clients, ${seconds} s: reads p95 ${report.reads.p95} ms, writes p95 ${report.writes.p95} ms, ` +
        `exports p95 ${report.exports.p95} ms, errors ${(report.errorRate * 100).toFixed(2)}%, ${report.requestsPerSecond} requests/s`,
    );
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
