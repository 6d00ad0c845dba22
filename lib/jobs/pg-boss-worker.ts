import { PgBoss } from 'pg-boss';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Worker } from '@/lib/jobs/in-process-worker';
import { JOB_NAMES, findDueJobs, runJob, type JobName } from '@/lib/jobs/run';

/**
 * On PostgreSQL several app servers share the work through pg-boss (its own `pgboss` schema).
 * Each server sends the work that is due as jobs keyed by the item's id; the `short` policy
 * keeps at most one queued job per key, so servers sending the same item create one job, and a
 * job is handed to one worker. Work held by a server that died is due again once the item's own
 * lease runs out (a `stately` queue would block it behind the dead job until pg-boss expires it),
 * and the lease, taken in the database, keeps two live workers off the same item.
 */
export async function startPgBossWorker(db: PrismaClient, connectionString: string, sweepMs = 2_000): Promise<Worker> {
  const boss = new PgBoss({ connectionString, max: 3 });
  boss.on('error', (error) => console.error('pg-boss', error));
  await boss.start();
  for (const name of JOB_NAMES) {
    await boss.createQueue(name, { policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 });
    await boss.work<{ id: string }>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await runJob(db, { name, id: job.data.id });
    });
  }
  const sweep = async () => {
    try {
      for (const job of await findDueJobs(db)) await boss.send(job.name satisfies JobName, { id: job.id }, { singletonKey: job.id });
    } catch (error) {
      console.error('job sweep failed', error);
    }
  };
  await sweep();
  const timer = setInterval(sweep, sweepMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
