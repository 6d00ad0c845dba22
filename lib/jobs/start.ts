import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';
import type { Worker } from '@/lib/jobs/in-process-worker';

const globalForJobs = globalThis as unknown as { sitrepJobWorker?: Promise<Worker> };

/**
 * Starts this server's job worker once per process: pg-boss on PostgreSQL, the in-process worker
 * on SQLite. SITREP_JOBS=off runs none (a server that only answers requests).
 */
export function startJobWorker(): Promise<Worker> | null {
  if (process.env.SITREP_JOBS === 'off') return null;
  globalForJobs.sitrepJobWorker ??= (async () => {
    const { prisma } = await import('@/lib/prisma');
    const url = resolveDatabaseUrl();
    if (databaseKind(url) === 'postgresql') {
      const { startPgBossWorker } = await import('@/lib/jobs/pg-boss-worker');
      return startPgBossWorker(prisma, url);
    }
    const { startInProcessWorker } = await import('@/lib/jobs/in-process-worker');
    return startInProcessWorker(prisma);
  })();
  return globalForJobs.sitrepJobWorker;
}
