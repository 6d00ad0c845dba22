import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { prisma } from '@/lib/prisma';
import { createFeedOwner, rssFeed, storyRoutes } from '@/__tests__/helpers/feed-fixtures';
import { send, startPageServer, type PageServer } from '@/__tests__/helpers/page-server';

jest.setTimeout(300_000);

const ITEMS = 50;
let server: PageServer;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  const routes = storyRoutes(ITEMS, 150);
  server = await startPageServer(routes);
  routes['/feed.xml'] = send(
    'application/rss+xml',
    rssFeed(
      server.origin,
      Array.from({ length: ITEMS }, (_, i) => i + 1),
    ),
  );
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await server.close();
});

/** A real worker process (scripts/jobs-worker.ts) on this test's database: pg-boss on PostgreSQL. */
function startWorker(): ChildProcess {
  const root = path.join(__dirname, '../../..');
  // node itself with tsx's loader (not the tsx CLI, which runs node as a child a kill would miss).
  const worker = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/jobs-worker.ts'], {
    cwd: root,
    env: { ...process.env, SITREP_FETCH_ALLOW_HOSTS: server.host, SITREP_JOB_LEASE_SECONDS: '3', SITREP_JOB_RETRY_SECONDS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(worker);
  return worker;
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 200_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const stored = () => prisma.feedItem.count({ where: { state: 'stored' } });

it('a worker killed mid-run loses no item and stores none twice', async () => {
  const { org } = await createFeedOwner('kill', `${server.origin}/feed.xml`);
  const first = startWorker();
  await waitFor(async () => (await stored()) >= 8, 'the first items');
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const atKill = await stored();
  expect(atKill).toBeLessThan(ITEMS);

  const second = startWorker();
  await waitFor(
    async () => (await stored()) === ITEMS && (await prisma.reportExtraction.count({ where: { state: { not: 'done' } } })) === 0,
    'every item',
  );
  second.kill('SIGTERM');
  await new Promise((resolve) => second.once('exit', resolve));

  const reports = await prisma.report.findMany({
    where: { ownerOrgId: org.id },
    select: { url: true, facts: { select: { metric: true, low: true, idempotencyKey: true } } },
  });
  expect(reports).toHaveLength(ITEMS);
  expect(new Set(reports.map((report) => report.url)).size).toBe(ITEMS);
  for (const report of reports) {
    const n = Number(/\/story\/(\d+)$/.exec(report.url!)![1]);
    expect(report.facts.map((fact) => [fact.metric, fact.low])).toEqual([['trucks', 100 + n]]);
  }
  expect(await prisma.fact.count()).toBe(ITEMS);
  expect(await prisma.feedItem.count()).toBe(ITEMS);
  expect(await prisma.reportExtraction.count({ where: { state: 'done' } })).toBe(ITEMS);
});
