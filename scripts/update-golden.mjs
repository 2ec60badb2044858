// Regenerates the golden files of test/render/golden/ from the built CLI and prints what changed
// (git diff), for review before committing: the golden test itself never rewrites them.
//   npm run golden
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const golden = join(root, 'test', 'render', 'golden');
const cases = JSON.parse(readFileSync(join(golden, 'cases.json'), 'utf8'));

for (const { regime, records } of cases) {
  const out = mkdtempSync(join(tmpdir(), 'privrec-golden-'));
  for (const kind of ['notice', 'record', 'register']) {
    for (const format of ['md', 'html']) {
      execFileSync(process.execPath, [join(root, 'bin', 'privrec.js'), 'render', records, '--kind', kind, '--format', format, '--force', '--as-of', '2026-11-28', '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    }
  }
  rmSync(join(golden, regime), { recursive: true, force: true });
  cpSync(out, join(golden, regime), { recursive: true });
}
execFileSync('git', ['add', '--intent-to-add', golden], { cwd: root });
execFileSync('git', ['--no-pager', 'diff', '--stat', '--', golden], { cwd: root, stdio: 'inherit' });
execFileSync('git', ['--no-pager', 'diff', '--', golden], { cwd: root, stdio: 'inherit' });
