/**
 * The libraries of one output format are loaded by that format alone: `lint` and a Markdown render
 * start up without the Word document writer or the spreadsheet libraries, which `--format docx`
 * and `export` load.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from '../render/helpers.js';

/** The packages a run loaded from node_modules, as Node's module debug log names them. */
function packagesLoaded(args: string[]): Set<string> {
  const result = runCli(args, { env: { NODE_DEBUG: 'module' } });
  // The examples are real registers with real defects: lint exits 1 on them.
  expect([0, 1], result.stderr.slice(-2000)).toContain(result.status);
  return new Set([...result.stderr.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1]!));
}

const DOCUMENT_LIBRARIES = ['docx', 'htmlparser2'];
const SPREADSHEET_LIBRARIES = ['write-excel-file', 'fflate', 'csv-stringify', 'csv-parse'];

/** The built-in modules a run loaded, as Node's module debug log names them. */
function builtinsLoaded(args: string[]): Set<string> {
  const result = runCli(args, { env: { NODE_DEBUG: 'module' } });
  expect([0, 1], result.stderr.slice(-2000)).toContain(result.status);
  return new Set([...result.stderr.matchAll(/Module\._load REQUEST (node:[a-z_/]+)/g)].map((m) => m[1]!));
}

describe('what each command loads', () => {
  it('lint <one file>, the pre-commit case, loads neither commander nor node:child_process, node:crypto or node:events', () => {
    const loaded = builtinsLoaded(['lint', 'examples/dhoon-laxey/zoom-video-conferencing.yaml']);
    for (const builtin of ['node:child_process', 'node:crypto', 'node:events', 'node:net', 'node:tty']) expect(loaded.has(builtin), builtin).toBe(false);
    expect(loaded.has('node:fs')).toBe(true);
  });

  it.each([[['lint', 'examples/dhoon-laxey']], [['render', 'examples/dhoon-laxey', '--kind', 'record', '--format', 'md', '--force', '--out', join(tempDir(), 'md')]]])(
    '%j loads no document or spreadsheet library',
    (args) => {
      const loaded = packagesLoaded(args);
      for (const library of [...DOCUMENT_LIBRARIES, ...SPREADSHEET_LIBRARIES]) expect(loaded.has(library), library).toBe(false);
    },
  );

  it.each([
    ['xlsx', ['write-excel-file', 'fflate']],
    ['csv', ['csv-stringify']],
  ])('export --format %s loads its library', (format, libraries) => {
    const loaded = packagesLoaded(['export', 'examples/dhoon-laxey', '--format', format, '--force', '--out', join(tempDir(), format === 'xlsx' ? 'r.xlsx' : 'csv')]);
    for (const library of libraries) expect(loaded.has(library), library).toBe(true);
  });

  it('render --format docx loads them', () => {
    const loaded = packagesLoaded(['render', 'examples/dhoon-laxey', '--kind', 'record', '--format', 'docx', '--out', tempDir()]);
    for (const library of DOCUMENT_LIBRARIES) expect(loaded.has(library), library).toBe(true);
  });
});
