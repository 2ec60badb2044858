// Regenerates the golden files of test/render/golden/ from the built CLI and prints what changed
// (git diff), for review before committing: the golden test itself never rewrites them.
//   npm run golden
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenRuns } from '../test/render/golden/runs.mjs';
import { cnilTemplate, icoTemplate } from '../test/import/templates.mjs';

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
// The records imported from spreadsheets laid out as the ICO's and the CNIL's templates.
const importGolden = join(root, 'test', 'import', 'golden');
for (const [mapping, make, name] of [['ico', icoTemplate, 'ico.xlsx'], ['cnil', cnilTemplate, 'cnil.xlsx']]) {
  const work = mkdtempSync(join(tmpdir(), 'privrec-golden-'));
  writeFileSync(join(work, name), await make());
  execFileSync(process.execPath, [join(root, 'bin', 'privrec.js'), 'import', name, '--mapping', mapping, '--out', 'records', '--no-lint'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  rmSync(join(importGolden, mapping), { recursive: true, force: true });
  cpSync(join(work, 'records'), join(importGolden, mapping), { recursive: true });
}

for (const dir of [golden, importGolden]) {
  execFileSync('git', ['add', '--intent-to-add', dir], { cwd: root });
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', dir], { cwd: root, stdio: 'inherit' });
  execFileSync('git', ['--no-pager', 'diff', '--', dir], { cwd: root, stdio: 'inherit' });
}
