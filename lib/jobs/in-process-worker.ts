import type { PrismaClient } from '@/lib/generated/prisma/client';
import { findDueJobs, runJob } from '@/lib/jobs/run';

export type Worker = { stop(): Promise<void> };

/**
 * The embedded SQLite database serves one app server, so its worker runs inside that server:
 * every `intervalMs` it takes the work that is due, one job at a time, and yields between jobs so
 * requests go on.
 */
export function startInProcessWorker(db: PrismaClient, intervalMs = 1_000): Worker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      for (const job of await findDueJobs(db)) {
        if (stopped) return;
        await runJob(db, job);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      console.error('job worker tick failed', error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
