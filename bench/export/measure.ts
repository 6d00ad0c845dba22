import { readFileSync } from 'node:fs';
import { buildExportResponse, isExportFormat } from '@/lib/export/respond';
import { EMPTY_FILTERS } from '@/lib/validation/filters';

/**
 * One export, measured in its own process (run by run.ts with DATABASE_URL set): time to the
 * first byte, total time, bytes, and the process's peak RSS (VmHWM) while exporting.
 */
async function main(): Promise<void> {
  const format = process.argv[2];
  if (!isExportFormat(format)) throw new Error(`Unknown format ${format}`);
  const started = performance.now();
  const response = await buildExportResponse({ format, filters: EMPTY_FILTERS, problems: [], reader: null, hxl: true });
  const reader = response.body!.getReader();
  let firstByteMs: number | null = null;
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    firstByteMs ??= performance.now() - started;
    bytes += value.byteLength;
  }
  const totalMs = performance.now() - started;
  console.log(JSON.stringify({ format, firstByteMs, totalMs, bytes, peakRssMb: peakRssMb() }));
}

function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.memoryUsage().rss / 1_048_576;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
