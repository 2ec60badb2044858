// Preloaded into each measured process (node --import): writes its peak resident set size, in
// KB, worker threads included, to the file PRIVREC_BENCH_RSS names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.PRIVREC_BENCH_RSS, String(process.resourceUsage().maxRSS)));
