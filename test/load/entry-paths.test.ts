import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPaths } from '../../src/load/discover.js';

describe('entryPaths', () => {
  it("gives every entry of a directory join's path, the directory normalised once", () => {
    const segment = fc.constantFrom('records', 'a b', '.', '..', '', 'sub/', '/', './x', 'ü');
    const directory = fc.array(segment, { maxLength: 5 }).map((segments) => segments.join('/'));
    // What readdir gives: one segment, never . or .. (dot-files are skipped before, but allowed here).
    const name = fc.stringMatching(/^[a-zA-Z0-9 ._-]{1,12}$/).filter((n) => n !== '.' && n !== '..');
    fc.assert(
      fc.property(directory, fc.array(name, { minLength: 1, maxLength: 5 }), (dir, names) => {
        const pathOf = entryPaths(dir);
        for (const n of names) expect(pathOf(n)).toBe(join(dir, n));
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  });
});
