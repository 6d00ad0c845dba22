/** Next.js calls this once when a server starts: the job worker (feeds, extraction) starts with it. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobWorker } = await import('@/lib/jobs/start');
  await startJobWorker();
}
