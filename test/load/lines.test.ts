import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/lines.js';

/** Line and column of `offset` counted from the text's start, as an editor shows them. */
function counted(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

describe('LineIndex', () => {
  it('places offsets asked in any order as counting from the start does (lines are found only as far as asked)', () => {
    const text = fc.stringMatching(/^[ab\n]{0,60}$/);
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.nat(t.length + 2), { minLength: 1, maxLength: 8 }))),
        ([t, offsets]) => {
          const index = new LineIndex(t);
          for (const offset of offsets) expect(index.position(offset)).toEqual(counted(t, offset));
        },
      ),
      { seed: 20261205, numRuns: 500 },
    );
  });

  it('gives a range its start and end', () => {
    const index = new LineIndex('id: a\ntitle: b\n');
    expect(index.range(13, 14)).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 9 });
    expect(index.range(0, 2)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 3 });
  });
});
