import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitIgnore } from '../../src/load/gitignore.js';
import { git, gitRepository } from './helpers.js';

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
});
