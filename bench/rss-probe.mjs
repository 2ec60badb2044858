// Preloaded into each measured process (node --import): on exit, writes to the file that
// PRIVREC_BENCH_RSS names its peak resident set size (KB) and CPU time (µs, user + system),
// worker threads included.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.PRIVREC_BENCH_RSS, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
});
