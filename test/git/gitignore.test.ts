import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitIgnore, ignoresCase } from '../../src/load/gitignore.js';
import { commitAll, git, gitRepository } from './helpers.js';

/** A repository whose ignore rules are spread over the root, nested .gitignore files and .git/info/exclude. */
const RULES = {
  '.gitignore': 'drafts/\n*.tmp.yaml\n/root-only.yaml\narchive/**\n!archive/keep.yaml\n!records/kept.yaml\n',
  'records/.gitignore': 'private-*.yaml\n!private-ok.yaml\nold/\n!c.tmp.yaml\n',
  'records/old/.gitignore': '!z.yaml\n',
  'records/team/.gitignore': '/local.yaml\n',
};

/** Files and directories to ask about, as git would see them (a trailing slash: a directory). */
const PATHS = [
  'root-only.yaml',
  'records/root-only.yaml',
  'a.tmp.yaml',
  'records/b.tmp.yaml',
  'records/c.tmp.yaml',
  'drafts/',
  'drafts/x.yaml',
  'records/drafts/',
  'records/drafts/y.yaml',
  'archive/keep.yaml',
  'archive/other.yaml',
  'records/private-a.yaml',
  'records/private-ok.yaml',
  'records/team/private-b.yaml',
  'records/old/',
  'records/old/z.yaml',
  'records/team/local.yaml',
  'records/local.yaml',
  'records/team/sub/local.yaml',
  'records/excluded.yaml',
  'records/kept.yaml',
];

describe('GitIgnore', () => {
  it('ignores what real git ignores (git check-ignore), by path and by the entries of each directory', () => {
    const dir = gitRepository(RULES);
    git(dir, 'config', 'core.excludesFile', '/dev/null');
    mkdirSync(join(dir, '.git', 'info'), { recursive: true });
    writeFileSync(join(dir, '.git', 'info', 'exclude'), 'excluded.yaml\nkept.yaml\n');
    const rules = GitIgnore.at(dir)!;
    for (const path of PATHS) {
      const isDirectory = path.endsWith('/');
      const name = path.replace(/\/$/, '');
      const byGit = spawnSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: dir }).status === 0;
      const full = join(dir, name);
      expect({ path, ignored: rules.ignores(full, isDirectory) }).toEqual({ path, ignored: byGit });
      const parent = join(dir, name, '..');
      expect({ path, ignored: rules.entriesOf(parent)(name.split('/').at(-1)!, isDirectory) }).toEqual({ path, ignored: byGit });
    }
  });

  it("reads a linked worktree's exclude file and core.ignorecase from the repository it belongs to, as git does", () => {
    const dir = gitRepository({ 'records/a.yaml': 'privrec: 1\n' });
    commitAll(dir, 'first');
    git(dir, 'config', 'core.ignorecase', 'true');
    writeFileSync(join(dir, '.git', 'info', 'exclude'), 'local.yaml\n');
    const worktree = `${dir}-worktree`;
    git(dir, 'worktree', 'add', '-q', worktree);
    writeFileSync(join(worktree, 'records', 'Local.yaml'), 'privrec: 1\n');
    const byGit = spawnSync('git', ['check-ignore', '-q', '--no-index', 'records/Local.yaml'], { cwd: worktree }).status === 0;
    expect(byGit).toBe(true);
    expect(GitIgnore.at(join(worktree, 'records'))!.ignores(join(worktree, 'records', 'Local.yaml'))).toBe(true);
  });
});

describe('ignoresCase', () => {
  it.each([
    { config: '[core]\n\tignorecase = true\n', expected: true },
    { config: '[core]\n\tignoreCase = yes\n', expected: true },
    { config: '[CORE]\n  ignorecase\n', expected: true },
    { config: '[core]\n\tignorecase = "on"\n', expected: true },
    { config: '[core]\n\tignorecase = true\n\tignorecase = false\n', expected: false },
    { config: '[core "x"]\n\tignorecase = true\n', expected: false },
    { config: '[user]\n\tignorecase = true\n', expected: false },
    { config: '[core]\n\t; ignorecase = true\n', expected: false },
    { config: '', expected: false },
  ])('$config -> $expected', ({ config, expected }) => {
    expect(ignoresCase(config)).toBe(expected);
  });
});
