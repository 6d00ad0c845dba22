/**
 * One app-server process worth of editors: each signs in, then for the whole run loads a random
 * fact of the report as the review page would and either confirms/rejects it (sometimes with two
 * others, as "confirm selected") or edits it (low and high + 1), through the real server actions.
 * Prints its tallies as JSON on the last line.
 */
import type { AsyncLocalStorage } from 'node:async_hooks';
import { decideFacts, editFact, type ReviewResult } from '@/lib/actions/review';
import { auth } from '@/lib/auth/server';
import { prisma } from '@/lib/prisma';
import { loadReviewFact } from '@/lib/reports/review-writes';
import { EDITOR_PASSWORD, type FactTally } from './fixture';

export type WorkerInput = { reportId: string; factIds: string[]; editors: string[]; seconds: number; origin: string };
export type WorkerResult = {
  requests: number;
  ok: number;
  conflicts: number;
  errors: number;
  hung: number;
  errorMessages: Record<string, number>;
  loggedCauses: Record<string, number>;
  latenciesMs: number[];
  tally: Record<string, FactTally>;
};

const requestStore = (globalThis as unknown as { __sitrepBenchRequest: AsyncLocalStorage<{ headers: Headers }> }).__sitrepBenchRequest;
const REQUEST_TIMEOUT_MS = 30_000;

async function signIn(email: string, origin: string): Promise<Headers> {
  const response = await auth.api.signInEmail({
    body: { email, password: EDITOR_PASSWORD },
    asResponse: true,
    headers: new Headers({ origin }),
  });
  if (!response.ok) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return new Headers({ origin, host: new URL(origin).host, cookie });
}

function pick<T>(items: T[], count: number): T[] {
  return [...items].sort(() => Math.random() - 0.5).slice(0, count);
}

async function oneRequest(
  input: WorkerInput,
  headers: Headers,
): Promise<{ result: ReviewResult; writes: { id: string; kind: keyof FactTally }[] }> {
  const chosen = pick(input.factIds, Math.random() < 0.2 ? 3 : 1);
  const facts = await Promise.all(chosen.map((id) => loadReviewFact(prisma, input.reportId, id)));
  const seen = facts.filter((fact) => fact !== null);
  if (Math.random() < 0.5) {
    const decision = Math.random() < 0.7 ? 'confirmed' : 'rejected';
    const result = await requestStore.run({ headers }, () =>
      decideFacts({
        reportId: input.reportId,
        decision,
        facts: seen.map((f) => ({ id: f.id, version: f.version })),
        personalDataChecked: true,
      }),
    );
    return { result, writes: seen.map((f) => ({ id: f.id, kind: 'decisions' })) };
  }
  const fact = seen[0];
  const result = await requestStore.run({ headers }, () =>
    editFact({ reportId: input.reportId, factId: fact.id, version: fact.version, edits: { low: fact.low + 1, high: fact.high + 1 } }),
  );
  return { result, writes: [{ id: fact.id, kind: 'edits' }] };
}

async function editorLoop(input: WorkerInput, headers: Headers, end: number, out: WorkerResult): Promise<void> {
  while (Date.now() < end) {
    const started = performance.now();
    out.requests += 1;
    const timeout = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), REQUEST_TIMEOUT_MS).unref());
    try {
      const outcome = await Promise.race([oneRequest(input, headers), timeout]);
      if (outcome === 'hung') out.hung += 1;
      else if (outcome.result.ok) {
        out.ok += 1;
        for (const write of outcome.writes) (out.tally[write.id] ??= { edits: 0, decisions: 0 })[write.kind] += 1;
      } else if (outcome.result.current) out.conflicts += 1;
      else countError(out, outcome.result.message);
    } catch (error) {
      countError(out, error instanceof Error ? error.message.split('\n')[0] : String(error));
    }
    out.latenciesMs.push(performance.now() - started);
  }
}

function countError(out: WorkerResult, message: string): void {
  out.errors += 1;
  out.errorMessages[message] = (out.errorMessages[message] ?? 0) + 1;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2]) as WorkerInput;
  const out: WorkerResult = {
    requests: 0,
    ok: 0,
    conflicts: 0,
    errors: 0,
    hung: 0,
    errorMessages: {},
    loggedCauses: {},
    latenciesMs: [],
    tally: {},
  };
  // The actions log database errors; count their causes instead of flooding the output.
  console.error = (...args: unknown[]) => {
    const cause = args.find((arg) => arg instanceof Error) as (Error & { code?: string }) | undefined;
    if (!cause) return;
    const key = `${cause.code ?? ''} ${cause.message.split('\n').filter(Boolean).at(-1)}`.slice(0, 160);
    out.loggedCauses[key] = (out.loggedCauses[key] ?? 0) + 1;
  };
  const sessions = await Promise.all(input.editors.map((email) => signIn(email, input.origin)));
  const end = Date.now() + input.seconds * 1000;
  await Promise.all(sessions.map((headers) => editorLoop(input, headers, end, out)));
  await prisma.$disconnect();
  console.log(JSON.stringify(out));
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ fatal: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
