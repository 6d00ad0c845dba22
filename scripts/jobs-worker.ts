// `npm run jobs:worker`: a job worker without the web server (a PostgreSQL deployment can run
// any number of them beside the app servers; the kill test runs one and kills it mid-run).
import { startJobWorker } from '@/lib/jobs/start';

async function main(): Promise<void> {
  const worker = await startJobWorker();
  if (!worker) throw new Error('SITREP_JOBS=off: no worker to run.');
  console.log('job worker started');
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setInterval(() => {}, 60_000);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
