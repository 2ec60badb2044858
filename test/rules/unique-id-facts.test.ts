/** unique-id in-process, from the facts the engine gives it (unique-id.test.ts runs the built CLI on real repositories). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../src/rules/unique-id.js';

describe('unique-id in process: which records, which findings', () => {
  const at = (line: number) => ({ line, column: 5, endLine: line, endColumn: 6 });
  const cwd = process.cwd();
  const record = (name: string, id?: string, line?: number) => ({ file: join(cwd, name), id, idRange: line === undefined ? undefined : at(line) });
  const run = (records: ReturnType<typeof record>[], linted: string[]) => () => {
    const out: string[] = [];
    uniqueId.check({ records, linted: new Set(linted.map((name) => join(cwd, name))), report: (file, range, message) => out.push(`${file.slice(cwd.length + 1)} ${range.line} ${message}`) });
    return out;
  };
  const said = (id: string, others: string) => `The id \`${id}\` is also used by ${others}: each record needs its own reference in the register.`;

  it.each([
    ['ids of their own: nothing', run([record('a.yaml', 'a', 2), record('b.yaml', 'b', 2)], ['a.yaml', 'b.yaml']), []],
    [
      'one id twice: both, each naming the other',
      run([record('a.yaml', 'x', 2), record('b.yaml', 'x', 3)], ['a.yaml', 'b.yaml']),
      [`a.yaml 2 ${said('x', 'b.yaml:3')}`, `b.yaml 3 ${said('x', 'a.yaml:2')}`],
    ],
    ['one id three times: every other named', run([record('a.yaml', 'x', 2), record('b.yaml', 'x', 3), record('c.yaml', 'x', 4)], ['c.yaml']), [`c.yaml 4 ${said('x', 'a.yaml:2, b.yaml:3')}`]],
    ['only the linted file gets the finding', run([record('a.yaml', 'x', 2), record('b.yaml', 'x', 3)], ['b.yaml']), [`b.yaml 3 ${said('x', 'a.yaml:2')}`]],
    ['the other record’s id line unknown: its first line', run([record('a.yaml', 'x'), record('b.yaml', 'x', 3)], ['b.yaml']), [`b.yaml 3 ${said('x', 'a.yaml:1')}`]],
    ['no id line in the linted record: nowhere to report', run([record('a.yaml', 'x', 2), record('b.yaml', 'x')], ['b.yaml']), []],
    ['records without an id are not the same record', run([record('a.yaml'), record('b.yaml')], ['a.yaml', 'b.yaml']), []],
  ])('%s', (_, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});
