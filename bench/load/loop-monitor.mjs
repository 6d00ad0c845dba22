// Preloaded into the app server by bench/load/run.ts (node --import): measures how long the
// event loop was blocked while the bench ran, and on SIGTERM writes it to LOAD_LOOP_FILE and
// exits normally, so that --cpu-prof (when given) writes its profile too.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
process.on('SIGTERM', () => {
  histogram.disable();
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  const cpu = process.cpuUsage();
  const report = {
    loopDelayMs: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) },
    serverCpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
  };
  if (process.env.LOAD_LOOP_FILE) writeFileSync(process.env.LOAD_LOOP_FILE, JSON.stringify(report));
  process.exit(0);
});
