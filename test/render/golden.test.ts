/**
 * Byte-for-byte comparison with the reviewed output in golden/. The test never rewrites them:
 * after an intended change, `npm run golden` regenerates them and
 * prints the diff to review before committing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMATS, KINDS, filesOf, render, tempDir } from './helpers.js';

const GOLDEN = fileURLToPath(new URL('golden/', import.meta.url));

/** One repository per regime: EMSA's DONA statement (eudpr) and the VCRP Panopto records (gdpr). */
const CASES = JSON.parse(readFileSync(join(GOLDEN, 'cases.json'), 'utf8')) as { regime: string; records: string }[];

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
    const expected = filesOf(goldenDir);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, content] of actual) expect(content.toString('utf8'), name).toBe(expected.get(name)!.toString('utf8'));
  });
});
