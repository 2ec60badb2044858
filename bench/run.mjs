// The benchmark: privrec lint against a naive baseline and against the floor (bench/floor.mjs:
// read and js-yaml `load`, nothing else), on generated repositories of 100, 1,000, 2,000 and
// 10,000 records, and the cold start of `privrec lint <one file>` against `node -e ''`.
// Every measurement is a separate child process; figures are medians, and ratios against runs
// made in the same session, interleaved, so that a busy machine slows both sides alike.
//
//   npm run build && npm run bench [-- --sizes 100,1000 --runs 3 --starts 15]
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRepository } from './generate.mjs';

const ROOT = join(import.meta.dirname, '..');
const PRIVREC = join(ROOT, 'bin', 'privrec.js');
const BASELINE = join(ROOT, 'bench', 'baseline.mjs');
const FLOOR = join(ROOT, 'bench', 'floor.mjs');
const PROBE = join(ROOT, 'bench', 'rss-probe.mjs');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,2000,10000' },
    runs: { type: 'string', default: '3' },
    starts: { type: 'string', default: '15' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const starts = Number(values.starts);
const seed = Number(values.seed);

/** Runs a command as a child process: wall time in ms and, through the probe, its peak RSS in MB and CPU time in ms. */
function measure(args, cwd, { probe = true, env = {} } = {}) {
  const rssFile = join(tmpdir(), `privrec-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, probe ? ['--import', PROBE, ...args] : args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PRIVREC_BENCH_RSS: rssFile, NO_COLOR: '1', ...env },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const usage = probe ? JSON.parse(readFileSync(rssFile, 'utf8')) : undefined;
  rmSync(rssFile, { force: true });
  return { ms, rss: usage && usage.maxRSS / 1024, cpu: usage && usage.cpu / 1000 };
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (count, ms) => `${Math.round(count / (ms / 1000)).toLocaleString('en')}/s`;
const ratio = (a, b) => `${(a / b).toFixed(1)}x`;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# privrec benchmark\n`);
console.log(
  `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start.\n`,
);
console.log(`Each repository is a git repository (\`git init\`, nothing committed), as a register is.\n`);
console.log(`Wall time (CPU time of all threads in brackets); "x faster" is the baseline's median over privrec's.\n`);
console.log(`"vs floor" is privrec's median over the floor's: how many times the unavoidable work privrec takes (the floor runs on one thread;\nprivrec adds a worker from 3,000 records where a core is free, so its CPU time, in brackets, counts both threads).\n`);
console.log(`| records | floor | baseline | privrec cold | records/s | vs baseline | vs floor | cached, 1 changed | vs baseline | peak RSS floor / baseline / cold / cached | load average |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
/** The four figures issue 18 sets targets for, filled in as the run goes. */
const targets = [];

const scratch = mkdtempSync(join(tmpdir(), 'privrec-bench-'));
const repositories = new Map();
try {
  for (const size of sizes) {
    const dir = join(scratch, String(size));
    const files = generateRepository(dir, size, seed);
    // A register lives in a git repository: privrec then reads git's ignore rules as it walks (nothing is committed).
    const init = spawnSync('git', ['init', '-q'], { cwd: dir });
    if (init.status !== 0) throw new Error(`git init failed in ${dir}: ${init.error?.message ?? init.stderr}`);
    // As in a working copy checked out a while ago: --cache trusts the size and modification time of settled files.
    const checkedOut = new Date(Date.now() - 3_600_000);
    for (const file of files) utimesSync(file, checkedOut, checkedOut);
    repositories.set(size, { dir, files });
    const floor = [];
    const baseline = [];
    const cold = [];
    const cached = [];
    for (let run = 0; run < runs; run++) {
      floor.push(measure([FLOOR, dir], dir));
      baseline.push(measure([BASELINE, dir], dir));
      cold.push(measure([PRIVREC, 'lint'], dir));
      measure([PRIVREC, 'lint', '--cache'], dir, { probe: false });
      appendFileSync(files[run % files.length], `# changed in run ${run}\n`);
      cached.push(measure([PRIVREC, 'lint', '--cache'], dir));
    }
    const wall = (list) => median(list.map((m) => m.ms));
    const cpuTime = (list) => median(list.map((m) => m.cpu));
    const both = (list) => `${seconds(wall(list))} (${seconds(cpuTime(list))})`;
    const faster = (list) => `${ratio(wall(baseline), wall(list))} (${ratio(cpuTime(baseline), cpuTime(list))})`;
    const mb = (list) => `${Math.round(Math.max(...list.map((m) => m.rss)))}`;
    console.log(
      `| ${size.toLocaleString('en')} | ${both(floor)} | ${both(baseline)} | ${both(cold)} | ${perSecond(size, wall(cold))} | ${faster(cold)} | ${ratio(wall(cold), wall(floor))} (${ratio(cpuTime(cold), cpuTime(floor))}) | ${both(cached)} | ${faster(cached)} | ${mb(floor)} / ${mb(baseline)} / ${mb(cold)} / ${mb(cached)} MB | ${loadavg()[0].toFixed(2)} |`,
    );
    if (size === Math.max(...sizes)) {
      targets.push([`${size.toLocaleString('en')} records cold vs the naive baseline`, `${ratio(wall(baseline), wall(cold))} faster`, '>= 6x']);
      targets.push([`${size.toLocaleString('en')} records cold vs the floor`, `${ratio(wall(cold), wall(floor))} (CPU time ${ratio(cpuTime(cold), cpuTime(floor))})`, '<= 1.5x']);
      targets.push([`\`lint --cache\`, ${size.toLocaleString('en')} records, one changed`, seconds(wall(cached)), '<= 0.3 s']);
    }
  }

  console.log(`\nCold start of \`privrec lint <one file>\` (median of ${starts} runs each, interleaved with \`node -e ''\`). A new process each time;`);
  console.log(`"first run" has an empty compile cache (PRIVREC_COMPILE_CACHE, a new directory per run), as after installing privrec;`);
  console.log(`the others use the compile cache that the run before them left. "unique-id off": \`--rule unique-id=off\`, so that`);
  console.log(`no other record of the repository is read.\n`);
  console.log(`| repository | node -e '' | first run | ratio | privrec lint <one file> | ratio | with --cache | ratio | unique-id off | ratio | load average |`);
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const [size, { dir, files }] of repositories) {
    const file = files[1];
    measure([PRIVREC, 'lint', '--cache', file], dir, { probe: false });
    const bare = [];
    const first = [];
    const one = [];
    const oneCached = [];
    const oneAlone = [];
    for (let run = 0; run < starts; run++) {
      bare.push(measure(['-e', ''], dir, { probe: false }).ms);
      const emptyCompileCache = mkdtempSync(join(scratch, 'compile-cache-'));
      first.push(measure([PRIVREC, 'lint', file], dir, { probe: false, env: { PRIVREC_COMPILE_CACHE: emptyCompileCache } }).ms);
      one.push(measure([PRIVREC, 'lint', file], dir, { probe: false }).ms);
      oneCached.push(measure([PRIVREC, 'lint', '--cache', file], dir, { probe: false }).ms);
      oneAlone.push(measure([PRIVREC, 'lint', '--rule', 'unique-id=off', file], dir, { probe: false }).ms);
    }
    const node = median(bare);
    const ms = (value) => `${Math.round(value)} ms`;
    const cells = [first, one, oneCached, oneAlone].map((list) => `${ms(median(list))} | ${ratio(median(list), node)}`);
    console.log(`| ${size.toLocaleString('en')} records | ${ms(node)} | ${cells.join(' | ')} | ${loadavg()[0].toFixed(2)} |`);
    const oneFileSize = [2000, 1000].find((candidate) => repositories.has(candidate)) ?? Math.max(...sizes);
    if (size === oneFileSize)
      targets.push([`\`lint <one file>\` in a ${size.toLocaleString('en')}-record repository vs \`node -e ''\``, ratio(median(one), node), '<= 1.3x']);
  }
  console.log(`\nThe figures issue 18 sets targets for, from this run:\n`);
  console.log(`| what | measured | target |`);
  console.log(`|---|---:|---:|`);
  for (const [what, measured, target] of targets) console.log(`| ${what} | ${measured} | ${target} |`);
  console.log(
    `\nLoad average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
