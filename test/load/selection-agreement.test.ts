/**
 * A pre-commit hook names the staged files; a CI job names none and lets privrec list the
 * repository. Both must take the same files for records: a property over random trees and random
 * `records` and `ignore` globs (negations, folders, braces) of a privrec.yaml, and a .gitignore.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { repositoryFiles, selectRecordFiles } from '../../src/load/discover.js';
import { tempProject } from '../helpers.js';

const FILES = [
  'records/a.yaml',
  'records/b.yml',
  'records/team/c.yaml',
  'records/drafts/d.yaml',
  'records/README.md',
  'records/.hidden.yaml',
  'docs/e.yaml',
  'top.yaml',
  'dist/f.yaml',
  'node_modules/x/g.yaml',
  '.github/h.yaml',
  'archive/2024/i.yaml',
];
const RECORDS = [
  'records/**/*.yaml',
  'records/',
  'records',
  '**/*.{yml,yaml}',
  '!records/drafts/**',
  '!records/drafts',
  'records/*.yaml',
  '**/*.yaml',
  'archive/**',
  'docs/*.yaml',
  '!**/team/**',
  'records/**/*.y?(a)ml',
  './records/**/*.yml',
];
const IGNORE = ['records/drafts/**', 'drafts/**', '**/team/**', '!records/team/c.yaml', 'docs', '*.yml'];
const GITIGNORE = ['archive/', '*.yml', 'records/drafts/', '!records/drafts/d.yaml'];

const repository = fc.record({
  files: fc.subarray(FILES, { minLength: 1 }),
  records: fc.array(fc.constantFrom(...RECORDS), { minLength: 1, maxLength: 3 }),
  ignore: fc.array(fc.constantFrom(...IGNORE), { maxLength: 2 }),
  gitignore: fc.option(fc.array(fc.constantFrom(...GITIGNORE), { maxLength: 2 }), { nil: undefined }),
});

describe('which files are records', () => {
  it('is the same for a file named on the command line as for the listing of the repository', async () => {
    await fc.assert(
      fc.asyncProperty(repository, async ({ files, records, ignore, gitignore }) => {
        const dir = tempProject({
          'privrec.yaml': `privrec: 1\nrecords: ${JSON.stringify(records)}\nignore: ${JSON.stringify(ignore)}\n`,
          ...Object.fromEntries(files.map((file) => [file, 'privrec: 1\nid: x\n'])),
          ...(gitignore && { '.gitignore': `${gitignore.join('\n')}\n` }),
        });
        if (gitignore) execFileSync('git', ['init', '-q'], { cwd: dir });
        const config = await loadConfig(join(dir, 'privrec.yaml'));
        const listed = new Set(await repositoryFiles(config));
        for (const file of files) {
          const named = await selectRecordFiles([file], { cwd: dir, config, configFor: async () => config, allowUnmatched: true });
          const path = join(dir, file);
          expect({ file, named: named.files.includes(path) }).toEqual({ file, named: listed.has(path) });
        }
      }),
      { seed: Number(process.env.SEED ?? 20261205), numRuns: Number(process.env.RUNS ?? 60) },
    );
  });
});
