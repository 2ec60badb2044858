/**
 * The modules' dependencies go one way: no module imports (at run time) one that imports it back,
 * directly or through others. Type-only imports do not count: they are gone from the built code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));

/** Each module's run-time imports of other modules of src/. */
const graph = new Map(
  files.map((file) => {
    const source = readFileSync(join(SRC, file), 'utf8');
    const imports = [...source.matchAll(/^(?:import|export)(?! type\b)[^;]*?\bfrom\s+['"](\.[^'"]+)['"]/gm)]
      .map((match) => normalize(join(dirname(file), match[1]!.replace(/\.js$/, '.ts'))))
      .filter((target) => files.includes(target));
    return [file, imports];
  }),
);

function cycles(): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('module dependencies', () => {
  it('reads the imports of every module', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(graph.get('cli.ts')).toContain('commands/lint.ts');
  });

  it('have no cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('go the way the data goes: load/ imports nothing from the stages after it', () => {
    const later = /^(?:validate|rules|lint|render|report|commands|export|import|spreadsheet)\//;
    const backwards = [...graph].flatMap(([file, imports]) => (file.startsWith('load/') ? imports.filter((target) => later.test(target)).map((target) => `${file} -> ${target}`) : []));
    expect(backwards).toEqual([]);
  });
});
