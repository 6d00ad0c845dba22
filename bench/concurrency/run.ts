/**
 * 50 editors confirming and editing the facts of ONE report for a minute, through the real review
 * server actions, on a throwaway database; then checks that no update was lost, nothing was
 * duplicated and nothing is left hanging. `npm run bench:concurrency -- [options]`:
 *   --db postgresql|sqlite (default postgresql)  --editors 50  --seconds 60  --facts 8
 *   --processes 1   (app-server processes sharing the database; editors are split between them)
 * Results: printed, and written to bench/out/concurrency-<db>-<processes>p.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrisma } from '@/lib/prisma';
import { createBenchDatabase, leftHanging } from './database';
import { createFixture, verify, type FactTally } from './fixture';
import type { WorkerInput, WorkerResult } from './worker';

const ORIGIN = 'http://localhost:3117';

function runWorker(url: string, input: WorkerInput): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', path.join(__dirname, 'next-shims.cjs'), '--import', 'tsx', path.join(__dirname, 'worker.ts'), JSON.stringify(input)],
      {
        env: {
          ...process.env,
          DATABASE_URL: url,
          BETTER_AUTH_URL: ORIGIN,
          BETTER_AUTH_SECRET: 'bench-secret-0123456789abcdef0123456789',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', () => {
      const parsed = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as WorkerResult & { fatal?: string };
      if (parsed.fatal) reject(new Error(parsed.fatal));
      else resolve(parsed);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

function merge(results: WorkerResult[]) {
  const tally = new Map<string, FactTally>();
  const errorMessages: Record<string, number> = {};
  const loggedCauses: Record<string, number> = {};
  for (const result of results) {
    for (const [id, t] of Object.entries(result.tally)) {
      const sum = tally.get(id) ?? { edits: 0, decisions: 0 };
      tally.set(id, { edits: sum.edits + t.edits, decisions: sum.decisions + t.decisions });
    }
    for (const [m, n] of Object.entries(result.errorMessages)) errorMessages[m] = (errorMessages[m] ?? 0) + n;
    for (const [m, n] of Object.entries(result.loggedCauses)) loggedCauses[m] = (loggedCauses[m] ?? 0) + n;
  }
  const latencies = results.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const sum = (key: 'requests' | 'ok' | 'conflicts' | 'errors' | 'hung') => results.reduce((total, r) => total + r[key], 0);
  return {
    totals: { requests: sum('requests'), ok: sum('ok'), conflicts: sum('conflicts'), errors: sum('errors'), hung: sum('hung') },
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: Math.round(latencies.at(-1) ?? 0),
    },
    errorMessages,
    loggedCauses,
    tally,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'postgresql' },
      editors: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '60' },
      facts: { type: 'string', default: '8' },
      processes: { type: 'string', default: '1' },
    },
  });
  const kind = values.db === 'sqlite' ? 'sqlite' : 'postgresql';
  const [editorCount, seconds, factCount, processes] = [values.editors, values.seconds, values.facts, values.processes].map(Number);
  const database = await createBenchDatabase(kind);
  const prisma = createPrisma(database.url);
  try {
    const fixture = await createFixture(prisma, editorCount, factCount);
    const initial = new Map(
      (await prisma.fact.findMany({ where: { reportId: fixture.reportId } })).map((f) => [f.id, { low: f.low, version: f.version }]),
    );
    const since = new Date();
    const groups = Array.from({ length: processes }, (_, p) => fixture.editors.filter((_, i) => i % processes === p));
    const results = await Promise.all(
      groups.map((editors) =>
        runWorker(database.url, { reportId: fixture.reportId, factIds: fixture.factIds, editors, seconds, origin: ORIGIN }),
      ),
    );
    const merged = merge(results);
    const problems = await verify(prisma, fixture, initial, merged.tally, since);
    const hanging = await leftHanging(database);
    const report = {
      database: kind,
      editors: editorCount,
      seconds,
      facts: factCount,
      processes,
      ...merged.totals,
      requestsPerSecond: Math.round(merged.totals.requests / seconds),
      latencyMs: merged.latencyMs,
      errorMessages: merged.errorMessages,
      loggedCauses: merged.loggedCauses,
      hanging,
      problems,
    };
    console.log(JSON.stringify(report, null, 2));
    mkdirSync('bench/out', { recursive: true });
    writeFileSync(`bench/out/concurrency-${kind}-${processes}p.json`, JSON.stringify(report, null, 2));
    if (problems.length || merged.totals.hung || hanging.openTransactions || hanging.waitingLocks) process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
