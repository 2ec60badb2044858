import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitIgnore } from '../../src/load/gitignore.js';
import { git, gitRepository } from './helpers.js';

/** Directories of the random repositories, and the names their records and folders take. */
const DIRECTORIES = ['', 'records', 'records/team', 'records/old', 'drafts', 'archive/2024'];
const NAMES = ['a.yaml', 'b.tmp.yaml', 'keep.yaml', 'old', 'team', 'drafts', 'Private.yaml', 'x y.yaml'];

/** Patterns of the kinds .gitignore files hold: names, globs, anchored, directory-only, negations, `**`. */
const pattern = fc.constantFrom(
  '*.tmp.yaml',
  '!*.tmp.yaml',
  '!b.tmp.yaml',
  'old/',
  '!old/',
  '/drafts',
  'drafts/',
  '*',
  '!*/',
  '!keep.yaml',
  'keep.yaml',
  '**/team/',
  'records/**/a.yaml',
  'archive/**',
  '!archive/2024/',
  '/a.yaml',
  'a.yaml',
  '*.yaml',
  '!*.yaml',
  'private.yaml',
  'x\\ y.yaml',
  '# a comment',
  '',
  'team/a.yaml',
  'r*/',
  '/records/old/',
  '!/records/',
  'records/',
  '!records/old/keep.yaml',
  'a.yaml ',
  'old/**',
  '!**/keep.yaml',
);

const ruleSets = fc.record({
  ignoreFiles: fc.array(fc.tuple(fc.constantFrom(...DIRECTORIES), fc.array(pattern, { maxLength: 5 })), { maxLength: 4 }),
  exclude: fc.array(pattern, { maxLength: 3 }),
  ignoreCase: fc.boolean(),
  paths: fc.uniqueArray(
    fc.tuple(fc.constantFrom(...DIRECTORIES), fc.constantFrom(...NAMES)).map(([directory, name]) => (directory ? `${directory}/${name}` : name)),
    { minLength: 1, maxLength: 12 },
  ),
});

describe('GitIgnore against real git', () => {
  it('ignores a file or directory exactly when git check-ignore does, over random .gitignore files, exclude files, core.ignorecase and paths', () => {
    fc.assert(
      fc.property(ruleSets, ({ ignoreFiles, exclude, ignoreCase, paths }) => {
        const dir = gitRepository({});
        git(dir, 'config', 'core.excludesFile', '/dev/null');
        git(dir, 'config', 'core.ignorecase', String(ignoreCase));
        const byDirectory = new Map<string, string[]>();
        for (const [directory, patterns] of ignoreFiles) byDirectory.set(directory, [...(byDirectory.get(directory) ?? []), ...patterns]);
        for (const [directory, patterns] of byDirectory) {
          mkdirSync(join(dir, directory), { recursive: true });
          writeFileSync(join(dir, directory, '.gitignore'), `${patterns.join('\n')}\n`);
        }
        mkdirSync(join(dir, '.git', 'info'), { recursive: true });
        writeFileSync(join(dir, '.git', 'info', 'exclude'), `${exclude.join('\n')}\n`);
        // Files only where no file of the same path is a directory (`old`, `team` and `drafts` are both).
        const files = paths.filter((path) => !paths.some((other) => other.startsWith(`${path}/`)) && !DIRECTORIES.includes(path));
        for (const path of files) {
          mkdirSync(join(dir, dirname(path)), { recursive: true });
          writeFileSync(join(dir, path), 'privrec: 1\n');
        }
        if (files.length === 0) return;
        // The directories the files made, asked about as directories (the walk skips an ignored one).
        const directories = [
          ...new Set(
            files.flatMap((path) =>
              path
                .split('/')
                .slice(0, -1)
                .map((_, index, parts) => parts.slice(0, index + 1).join('/')),
            ),
          ),
        ];
        const asked = [...files, ...directories];
        const checked = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: dir, input: asked.join('\n'), encoding: 'utf8' });
        const ignoredByGit = new Set(checked.stdout.split('\n').filter(Boolean));
        const rules = GitIgnore.at(dir)!;
        const ours = Object.fromEntries(asked.map((path) => [path, rules.ignores(join(dir, path), directories.includes(path))]));
        const theirs = Object.fromEntries(asked.map((path) => [path, ignoredByGit.has(path)]));
        expect({ rules: [...byDirectory], exclude, ignoreCase, ignored: ours }).toEqual({ rules: [...byDirectory], exclude, ignoreCase, ignored: theirs });
      }),
      { seed: Number(process.env.SEED ?? 20261205), numRuns: Number(process.env.RUNS ?? 40) },
    );
  });
});
