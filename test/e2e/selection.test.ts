/** Which files are records (issue 14): config globs, `privrec: 1` without a config, what git ignores. */
import { appendFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepository, reportedFiles } from '../git/helpers.js';
import { runCli } from '../helpers.js';

const RECORD = (id: string) => `privrec: 1\nid: ${id}\ntitle: ${id}\n`;
const COMPOSE = 'services:\n  web:\n    image: nginx\n';

function lint(dir: string, ...args: string[]) {
  return runCli(['lint', ...args, '--format', 'json', '--rule', 'record-required=off'], { cwd: dir });
}

describe('what counts as a record', () => {
  it('without privrec.yaml: a YAML file that declares `privrec: 1`; others are skipped, and --debug says why', () => {
    const dir = gitRepository({ 'a.yaml': RECORD('a'), 'docker-compose.yml': COMPOSE, 'sub/b.yml': RECORD('b'), 'sub/ci.yaml': 'on: push\n' });
    const result = lint(dir, '--debug');
    expect(reportedFiles(result.stdout, dir)).toEqual(['a.yaml', 'sub/b.yml']);
    expect(result.stderr).toBe(
      'privrec: skipped docker-compose.yml: not a record (it declares no `privrec: 1`, and no privrec.yaml selects it).\n' +
        'privrec: skipped sub/ci.yaml: not a record (it declares no `privrec: 1`, and no privrec.yaml selects it).\n' +
        'privrec: linted 2 files on 1 thread.\n',
    );
    // Named on the command line (a pre-commit hook passes every staged YAML file): the same rule.
    expect(reportedFiles(lint(dir, 'a.yaml', 'docker-compose.yml').stdout, dir)).toEqual(['a.yaml']);
  });

  // A CI job names no file and privrec lists the repository; a hook names the staged files: both take the same records.
  it.each([
    {
      name: 'with privrec.yaml: what its `records` globs select and its `ignore` globs leave, named or found',
      config: 'privrec: 1\nrecords: ["records/**/*.yaml"]\nignore: ["records/drafts/**"]\n',
      files: { 'records/a.yaml': RECORD('a'), 'records/drafts/d.yaml': RECORD('d'), 'records/compose.yml': COMPOSE, 'other.yaml': RECORD('o') },
      skipped: {
        'records/drafts/d.yaml': 'the `ignore` globs of privrec.yaml leave it out',
        'records/compose.yml': 'the `records` globs of privrec.yaml do not select it',
        'other.yaml': 'the `records` globs of privrec.yaml do not select it',
      },
    },
    {
      name: '`!globs` leave out, a folder stands for its YAML files',
      config: 'privrec: 1\nrecords: ["records/", "!records/drafts/**"]\n',
      files: {
        'records/a.yaml': RECORD('a'),
        'records/drafts/d.yaml': RECORD('d'),
        'records/README.md': '# The records\n',
        'docs/e.yaml': RECORD('e'),
        'records/dist/f.yaml': RECORD('f'),
        'records/local.yaml': RECORD('l'),
        '.gitignore': 'records/local.yaml\n',
      },
      skipped: {
        'records/drafts/d.yaml': 'the `records` globs of privrec.yaml do not select it',
        'records/README.md': 'the `records` globs of privrec.yaml do not select it',
        'docs/e.yaml': 'the `records` globs of privrec.yaml do not select it',
        'records/dist/f.yaml': 'privrec leaves out dot-files and what lies in dot-folders, node_modules and dist',
        'records/local.yaml': 'git ignores it',
        '.gitignore': 'privrec leaves out dot-files and what lies in dot-folders, node_modules and dist',
      },
    },
  ])('$name', ({ config, files, skipped }) => {
    const dir = gitRepository({ 'privrec.yaml': config, ...files });
    expect(reportedFiles(lint(dir).stdout, dir)).toEqual(['records/a.yaml']);
    const named = lint(dir, ...Object.keys(files), '--debug');
    expect(reportedFiles(named.stdout, dir)).toEqual(['records/a.yaml']);
    for (const [file, reason] of Object.entries(skipped)) expect(named.stderr).toContain(`privrec: skipped ${file}: not a record (${reason}).`);
  });

  it('a named privrec.yaml stands for the records it governs', () => {
    const dir = gitRepository({
      'privrec.yaml': 'privrec: 1\nparties: { acme: { name: ACME } }\n',
      'records/a.yaml': `${RECORD('a')}controllers: [{ ref: company }]\n`,
      'records/b.yaml': RECORD('b'),
    });
    const result = lint(dir, 'privrec.yaml');
    expect(reportedFiles(result.stdout, dir)).toEqual(['records/a.yaml', 'records/b.yaml']);
    expect(result.stdout).toContain('`company` is not a party defined in privrec.yaml');
  });
});

describe('what git ignores', () => {
  it('is not linted when directories are walked: .gitignore at any depth, negations (a deeper file overriding the root), .git/info/exclude', () => {
    const dir = gitRepository({
      '.gitignore': 'build/\n*.tmp.yaml\n!keep.tmp.yaml\n',
      'records/a.yaml': RECORD('a'),
      'records/scratch.tmp.yaml': RECORD('s'),
      'records/keep.tmp.yaml': RECORD('k'),
      'build/out.yaml': RECORD('o'),
      'records/private/.gitignore': '*\n!.gitignore\n',
      'records/private/p.yaml': RECORD('p'),
      'records/local.yaml': RECORD('l'),
      // A deeper .gitignore overrides the root's: this record is git's, and linted.
      'records/nested/.gitignore': '!again.tmp.yaml\n',
      'records/nested/again.tmp.yaml': RECORD('n'),
    });
    appendFileSync(join(dir, '.git', 'info', 'exclude'), 'records/local.yaml\n');
    const notIgnored = ['records/a.yaml', 'records/keep.tmp.yaml', 'records/nested/again.tmp.yaml'];
    expect(reportedFiles(lint(dir).stdout, dir)).toEqual(notIgnored);
    expect(reportedFiles(lint(dir, 'records').stdout, dir)).toEqual(notIgnored);
    // What git itself lists as not ignored: the two agree.
    const tracked = git(dir, 'ls-files', '--others', '--exclude-standard')
      .split('\n')
      .filter((path) => path.endsWith('.yaml'));
    expect(tracked.sort()).toEqual(notIgnored);
  });
});

describe('a record reached through a symbolic link', () => {
  it('is linted once, by its own path, and is no second record with its id', () => {
    const dir = gitRepository({ 'records/a.yaml': RECORD('a'), 'records/b.yaml': RECORD('b'), 'shared/c.yaml': RECORD('c') });
    symlinkSync('a.yaml', join(dir, 'records', 'alias-of-a.yaml'));
    symlinkSync(join(dir, 'records', 'b.yaml'), join(dir, 'records', '0-first-link-to-b.yaml'));
    symlinkSync(join(dir, 'records', 'b.yaml'), join(dir, 'records', '1-second-link-to-b.yaml'));
    symlinkSync('../shared/c.yaml', join(dir, 'records', 'c-first.yaml'));
    symlinkSync('../shared/c.yaml', join(dir, 'records', 'c-second.yaml'));
    const result = lint(dir);
    expect(reportedFiles(result.stdout, dir)).toEqual(['records/a.yaml', 'records/b.yaml', 'shared/c.yaml']);
    expect(result.stdout).not.toContain('unique-id');
    // Walking records/ alone: c is not listed by its own path, so the first link to it stands for it.
    expect(reportedFiles(lint(dir, 'records').stdout, dir)).toEqual(['records/a.yaml', 'records/b.yaml', 'records/c-first.yaml']);
  });
});
