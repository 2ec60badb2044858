// Regenerates the golden files of test/render/golden/ from the built CLI and prints what changed
// (git diff), for review before committing: the golden test itself never rewrites them.
//   npm run golden
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenRuns } from '../test/render/golden/runs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const golden = join(root, 'test', 'render', 'golden');
const cases = JSON.parse(readFileSync(join(golden, 'cases.json'), 'utf8'));

for (const goldenCase of cases) {
  rmSync(join(golden, goldenCase.name), { recursive: true, force: true });
  for (const { dir, args } of goldenRuns(goldenCase)) {
    const out = join(golden, goldenCase.name, dir);
    mkdirSync(out, { recursive: true });
    const argv = args.map((arg) => (arg === '{out}' ? out : arg));
    execFileSync(process.execPath, [join(root, 'bin', 'privrec.js'), ...argv], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  }
}
execFileSync('git', ['add', '--intent-to-add', golden], { cwd: root });
execFileSync('git', ['--no-pager', 'diff', '--stat', '--', golden], { cwd: root, stdio: 'inherit' });
execFileSync('git', ['--no-pager', 'diff', '--', golden], { cwd: root, stdio: 'inherit' });
