/**
 * CSV import benchmark: `npx tsx bench/import/run.ts [rows]` (default 100,000).
 * Writes a synthetic CSV, previews it, imports it into a fresh SQLite file under bench/out,
 * re-imports it (expects 0 new rows), and prints rows/s and the process's peak RSS, sampled
 * every 50 ms, for each phase. Memory stays bounded if peak RSS does not grow with the row count.
 */
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { migrateSqliteFile } from '../../__tests__/helpers/migrate';

const ROWS = Number(process.argv[2] ?? 100_000);
const OUT = path.resolve('bench/out');
const DB = path.join(OUT, 'import.db');
const CSV = path.join(OUT, `import-${ROWS}.csv`);
process.env.DATABASE_URL = `file:${DB}`;

async function writeCsv(): Promise<void> {
  const out = createWriteStream(CSV);
  out.write(
    'Date,Metric,Low,High,Qualifier,Unit,Location,Source organization,Excerpt\n#date,#indicator+name,#affected+min,#affected+max,#meta+qualifier,#meta+unit,#loc+name,#org+source,#meta+excerpt\n',
  );
  for (let i = 0; i < ROWS; i++) {
    const line = `2019-02-${String(1 + (i % 28)).padStart(2, '0')},people_arrived,${i},${i},exact,people,Fictional Site ${i % 200},Example Agency ${i % 9},"Row ${i}, counted at the gate"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  console.log(
    `${label}: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s, peak RSS ${Math.round(peak / 1024 / 1024)} MB`,
    result,
  );
  return result;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true });
  migrateSqliteFile(DB);
  await writeCsv();
  console.log(
    `${ROWS} rows, ${(statSync(CSV).size / 1024 / 1024).toFixed(1)} MB CSV; RSS at start ${Math.round(process.memoryUsage.rss() / 1024 / 1024)} MB`,
  );
  const { prisma } = await import('../../lib/prisma');
  const { importFacts, previewImport } = await import('../../lib/import/run');
  const org = await prisma.organization.create({ data: { name: 'Bench Org', slug: 'bench-org' } });
  const owner = { userId: null as unknown as string, ownerOrgId: org.id, fileName: path.basename(CSV) };
  await measure('preview', async () => {
    const { rowCount, newCount, errorCount } = await previewImport(CSV, org.id);
    return { rowCount, newCount, errorCount };
  });
  await measure('import', () => importFacts(CSV, owner));
  await measure('re-import', () => importFacts(CSV, owner));
  await prisma.$disconnect();
}

void main();
