import { readFileSync } from 'node:fs';
import { buildExportResponse, isExportFormat } from '@/lib/export/respond';
import { parseFilters } from '@/lib/validation/filters';

/**
 * One export, measured in its own process (run by run.ts with DATABASE_URL set): time to the
 * first byte, total time, CPU time, bytes, the process's RSS before the export and its peak RSS
 * (VmHWM) over the whole run.
 */
async function main(): Promise<void> {
  const format = process.argv[2];
  if (!isExportFormat(format)) throw new Error(`Unknown format ${format}`);
  // The process before the export: Node, tsx and the app's modules (the server has these too).
  const baselineRssMb = process.memoryUsage().rss / 1_048_576;
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  // An optional second argument is the dashboard's filter query, e.g. `from=2022-01-01&to=2022-12-31`.
  const { filters } = parseFilters(new URLSearchParams(process.argv[3] ?? ''));
  const response = await buildExportResponse({ format, filters, problems: [], reader: null, hxl: true });
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
  const cpu = process.cpuUsage(cpuAtStart);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  console.log(
    JSON.stringify({ format, firstByteMs, totalMs, cpuMs: (cpu.user + cpu.system) / 1000, bytes, baselineRssMb, peakRssMb: peakRssMb() }),
  );
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
