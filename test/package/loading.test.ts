/**
 * The libraries of one output format are loaded by that format alone: `lint` and a Markdown render
 * start up without the Word document writer, and `--format docx` loads it.
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

describe('what each command loads', () => {
  it.each([
    [['lint', 'examples/dhoon-laxey']],
    [['render', 'examples/dhoon-laxey', '--kind', 'record', '--format', 'md', '--force', '--out', join(tempDir(), 'md')]],
  ])('%j loads no document library', (args) => {
    const loaded = packagesLoaded(args);
    for (const library of DOCUMENT_LIBRARIES) expect(loaded.has(library), library).toBe(false);
  });

  it('render --format docx loads them', () => {
    const loaded = packagesLoaded(['render', 'examples/dhoon-laxey', '--kind', 'record', '--format', 'docx', '--out', tempDir()]);
    for (const library of DOCUMENT_LIBRARIES) expect(loaded.has(library), library).toBe(true);
  });
});
