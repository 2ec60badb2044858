/**
 * Byte-for-byte comparison with the reviewed output in golden/: every page kind in both formats
 * and both audiences, and the site. The test never rewrites them: after an intended change,
 * `npm run golden` regenerates them and prints the diff to review before committing.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { filesOf, tempDir } from './helpers.js';
import { goldenRuns } from './golden/runs.mjs';

const GOLDEN = fileURLToPath(new URL('golden/', import.meta.url));

/** EMSA's DONA statement (eudpr), the VCRP Panopto records (gdpr), the school's Zoom DPIA. */
const CASES = JSON.parse(readFileSync(join(GOLDEN, 'cases.json'), 'utf8')) as { name: string; records: string; kinds: string[]; site: boolean }[];

describe.each(CASES)('golden output: $name ($records)', (goldenCase) => {
  const runs = goldenRuns(goldenCase) as { dir: string; args: string[] }[];
  const dirs = [...new Set(runs.map((run) => run.dir))];
  const out = tempDir();

  it('renders as reviewed', () => {
    for (const { dir, args } of runs) {
      mkdirSync(join(out, dir), { recursive: true });
      const result = runCli(args.map((arg) => (arg === '{out}' ? join(out, dir) : arg)));
      expect(result.status, result.stderr).toBe(0);
    }
    expect(readdirSync(join(GOLDEN, goldenCase.name)).sort(), 'one folder per audience, and the site').toEqual([...dirs].sort());
    for (const dir of dirs) {
      const actual = filesOf(join(out, dir));
      const expected = filesOf(join(GOLDEN, goldenCase.name, dir));
      expect([...actual.keys()], dir).toEqual([...expected.keys()]);
      for (const [name, content] of actual) expect(content.toString('utf8'), `${dir}/${name}`).toBe(expected.get(name)!.toString('utf8'));
    }
  });
});
