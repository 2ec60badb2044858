/**
 * Byte-for-byte comparison with the reviewed output in golden/. After an intended change, run
 * `UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts`, review the diff and commit it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMATS, KINDS, filesOf, render, tempDir } from './helpers.js';

const GOLDEN = fileURLToPath(new URL('golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** One repository per regime: EMSA's DONA statement (eudpr) and the VCRP Panopto records (gdpr). */
const CASES = [
  { regime: 'eudpr', records: 'examples/emsa' },
  { regime: 'gdpr', records: 'examples/vcrp' },
];

describe.each(CASES)('golden output: $regime ($records)', ({ regime, records }) => {
  it('renders every kind and format as reviewed', () => {
    const out = tempDir();
    for (const kind of KINDS) {
      for (const format of FORMATS) {
        const result = render([records, '--kind', kind, '--format', format, '--force', '--out', out]);
        expect(result.status, result.stderr).toBe(0);
      }
    }
    const actual = filesOf(out);
    const goldenDir = join(GOLDEN, regime);
    if (UPDATE) {
      rmSync(goldenDir, { recursive: true, force: true });
      mkdirSync(goldenDir, { recursive: true });
      for (const [name, content] of actual) writeFileSync(join(goldenDir, name), content);
    }
    const expected = filesOf(goldenDir);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, content] of actual) expect(content.toString('utf8'), name).toBe(expected.get(name)!.toString('utf8'));
  });
});
