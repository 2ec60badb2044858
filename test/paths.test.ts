import fc from 'fast-check';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPath } from '../src/paths.js';

describe('shownPath', () => {
  it("is relative()'s answer for any absolute file and working directory, normalised or not", () => {
    const segment = fc.constantFrom('a', 'records', 'b.yaml', '.', '..', '', 'ü x', '.hidden');
    const absolute = fc.array(segment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`);
    fc.assert(
      fc.property(absolute, absolute, fc.array(segment, { maxLength: 4 }), (cwd, other, below) => {
        const inside = `${cwd}/${below.join('/')}`;
        expect(shownPath(inside, cwd)).toBe(relative(cwd, inside) || '.');
        expect(shownPath(other, cwd)).toBe(relative(cwd, other) || '.');
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});
