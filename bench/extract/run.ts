/**
 * Extraction speed: MB of report text per second, time for 1,000 typical reports,
 * and peak memory for one 10 MB input.   npx tsx bench/extract/run.ts
 *
 * Times are CPU time of this process (user + system), so that other work on a shared machine
 * does not count against extraction; wall time is printed alongside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '@/lib/extract';

type Report = { text: string; published: string; publisher: string };

const DEV_SET = 'data/extraction/dev-set';
const SEED = join(process.cwd(), 'data/reports/baghouz-2019-03-01-afp.txt');

function typicalReports(): Report[] {
  const reports = readdirSync(DEV_SET)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(DEV_SET, f), 'utf8')) as Report);
  try {
    reports.push({ text: readFileSync(SEED, 'utf8'), published: '2019-03-01', publisher: 'AFP' });
  } catch {
    // the shared seed is optional here: the development set alone is a fair sample
  }
  return reports;
}

type Timing = { cpuMs: number; wallMs: number };

function timed(work: () => void): Timing {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: Number(process.hrtime.bigint() - wall) / 1e6 };
}

function thousandReports(reports: Report[]): Timing & { bytes: number } {
  let bytes = 0;
  const timing = timed(() => {
    for (let i = 0; i < 1000; i += 1) {
      const report = reports[i % reports.length];
      bytes += Buffer.byteLength(report.text);
      extractFacts(report.text, report);
    }
  });
  return { ...timing, bytes };
}

function rate(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(2);
}

function largeInput(reports: Report[], megabytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i += 1) {
    const text = reports[i % reports.length].text;
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
}

function main(): void {
  const reports = typicalReports();
  for (let round = 0; round < 3; round += 1) thousandReports(reports); // warm-up, so the JIT has compiled the hot paths
  const run = thousandReports(reports);
  console.log(
    `1,000 typical reports (avg ${(run.bytes / 1000 / 1024).toFixed(1)} KB): ${run.cpuMs.toFixed(0)} ms CPU (${run.wallMs.toFixed(0)} ms wall), ${rate(run.bytes, run.cpuMs)} MB/s`,
  );
  const big = largeInput(reports, 10);
  const rssBefore = process.memoryUsage().rss;
  let count = 0;
  const large = timed(() => {
    count = extractFacts(big, { published: '2024-06-30', publisher: 'Bench' }).length;
  });
  const peak = process.resourceUsage().maxRSS * 1024;
  const bytes = Buffer.byteLength(big);
  console.log(
    `10 MB input (${(bytes / 1e6).toFixed(1)} MB, ${count} facts): ${large.cpuMs.toFixed(0)} ms CPU (${large.wallMs.toFixed(0)} ms wall), ${rate(bytes, large.cpuMs)} MB/s, peak RSS ${(peak / 1e6).toFixed(0)} MB (${(rssBefore / 1e6).toFixed(0)} MB before the input was extracted)`,
  );
}

main();
