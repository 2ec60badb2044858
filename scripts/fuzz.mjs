// `npm run fuzz`: the fuzz test of test/property/fuzz.test.ts with many more cases and a new seed
// each time (printed, so that a failure can be replayed with FUZZ_SEED=<seed>).
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '20000';
console.log(`fuzz: seed ${seed}, ${runs} runs (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)`);
const result = spawnSync('npx', ['vitest', 'run', 'test/property/fuzz.test.ts'], { stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs } });
process.exit(result.status ?? 1);
