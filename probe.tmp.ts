import { iterateFactsByPlace } from '@/lib/data/export';
import { createSummaryBuilder } from '@/lib/export/summary';
import { EMPTY_FILTERS } from '@/lib/validation/filters';
async function main() {
  const c0 = process.cpuUsage(); let t = performance.now(); let n = 0; let readCpu = 0;
  const b = createSummaryBuilder(); let bMs = 0;
  for await (const page of iterateFactsByPlace(EMPTY_FILTERS, null)) { n += page.length; const c = performance.now(); b.add(page); bMs += performance.now() - c; }
  const c = performance.now(); const s = b.finish(); bMs += performance.now() - c;
  const cpu = process.cpuUsage(c0);
  console.log('summary', n, 'wall', (performance.now() - t).toFixed(0), 'cpu', ((cpu.user + cpu.system) / 1000).toFixed(0), 'builder wall', bMs.toFixed(0), 'rss', Math.round(process.memoryUsage().rss / 1e6), s.metrics.length, s.sources.length);
}
main();
