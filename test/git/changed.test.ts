import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';
import { commitAll, git, gitRepository, reportedFiles } from './helpers.js';

const record = (id: string) => `privrec: 1\nid: ${id}\ntitle: Record ${id}\n`;
const lint = (cwd: string, ...args: string[]) => runCli(['lint', '--format', 'json', '--as-of', '2026-02-01', ...args], { cwd });

describe('privrec lint --changed (real git repositories)', () => {
  let repo: string;
  let branchPoint: string;
  beforeAll(() => {
    repo = gitRepository({
      'privrec.yaml': 'regime: gdpr\n',
      '.gitignore': 'records/ignored.yaml\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'notes.txt': 'notes\n',
      'records/a.yaml': record('a'),
      'records/b.yaml': record('b'),
      'records/c.yaml': record('c'),
      'records/gone.yaml': record('gone'),
    });
    commitAll(repo, 'register');
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'records/a.yaml'), `${record('a')}description: committed on the branch\n`);
    commitAll(repo, 'change a');
    branchPoint = git(repo, 'rev-parse', 'HEAD').trim();
    // main moves on after the branch point: its changes are not the branch's.
    git(repo, 'checkout', '-q', 'main');
    writeFileSync(join(repo, 'records/c.yaml'), `${record('c')}description: changed on main\n`);
    commitAll(repo, 'change c on main');
    git(repo, 'checkout', '-q', 'feature');

    writeFileSync(join(repo, 'records/d.yaml'), record('d'));
    git(repo, 'add', 'records/d.yaml');
    writeFileSync(join(repo, 'records/b.yaml'), `${record('b')}description: unstaged\n`);
    writeFileSync(join(repo, 'records/e.yaml'), record('e'));
    writeFileSync(join(repo, 'records/ignored.yaml'), record('ignored'));
    git(repo, 'rm', '-q', 'records/gone.yaml');
    writeFileSync(join(repo, '.github/workflows/ci.yml'), 'on: pull_request\n');
    writeFileSync(join(repo, 'privrec.yaml'), 'regime: gdpr\nlanguage: en\n');
    writeFileSync(join(repo, 'notes.txt'), 'more notes\n');
  });

  it('lints the records changed since the merge base with main: committed, staged, unstaged and untracked, not deleted or other files', () => {
    const result = lint(repo, '--changed');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(reportedFiles(result.stdout, repo)).toEqual(['records/a.yaml', 'records/b.yaml', 'records/d.yaml', 'records/e.yaml']);
  });

  it('takes an explicit ref, and works from a subdirectory', () => {
    expect(reportedFiles(lint(join(repo, 'records'), `--changed=${branchPoint}`).stdout, repo)).toEqual(['records/b.yaml', 'records/d.yaml', 'records/e.yaml']);
  });

  it('limits explicit patterns to the changed files among them', () => {
    expect(reportedFiles(lint(repo, 'records/a.yaml', 'records/c.yaml', '--changed').stdout, repo)).toEqual(['records/a.yaml']);
  });

  it('reads `--changed <path>` as --changed and a pattern when the path is not a ref', () => {
    expect(reportedFiles(lint(repo, '--changed', 'records/').stdout, repo)).toEqual(['records/a.yaml', 'records/b.yaml', 'records/d.yaml', 'records/e.yaml']);
    expect(reportedFiles(lint(repo, '--changed', 'records/a.yaml').stdout, repo)).toEqual(['records/a.yaml']);
    // A ref that is also a path stays a ref.
    writeFileSync(join(repo, 'main'), 'a file named like the branch\n');
    expect(reportedFiles(lint(repo, '--changed', 'main').stdout, repo)).toEqual(['records/a.yaml', 'records/b.yaml', 'records/d.yaml', 'records/e.yaml']);
    rmSync(join(repo, 'main'));
  });

  it('still checks unique ids against the whole register', () => {
    writeFileSync(join(repo, 'records/e.yaml'), record('c'));
    const [file] = JSON.parse(lint(repo, 'records/e.yaml', '--changed').stdout);
    expect(file.messages).toContainEqual(expect.objectContaining({ ruleId: 'unique-id', message: expect.stringContaining('records/c.yaml') }));
    writeFileSync(join(repo, 'records/e.yaml'), record('e'));
  });

  it('compares with origin/HEAD in a clone, and with master where there is no main', () => {
    const parent = mkdtempSync(join(tmpdir(), 'privrec-clone-'));
    execFileSync('git', ['clone', '-q', repo, join(parent, 'clone')]);
    const clone = join(parent, 'clone');
    // origin/HEAD is origin/feature; a local main also exists, and would also bring in records/a.yaml.
    expect(git(clone, 'symbolic-ref', '--short', 'refs/remotes/origin/HEAD').trim()).toBe('origin/feature');
    git(clone, 'branch', '-q', 'main', 'origin/main');
    git(clone, 'checkout', '-q', '-b', 'topic');
    writeFileSync(join(clone, 'records/b.yaml'), `${record('b')}description: in the clone\n`);
    expect(reportedFiles(lint(clone, '--changed').stdout, clone)).toEqual(['records/b.yaml']);

    const legacy = gitRepository({ 'privrec.yaml': 'regime: gdpr\n', 'x.yaml': record('x') });
    git(legacy, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    commitAll(legacy, 'start');
    git(legacy, 'checkout', '-q', '-b', 'work');
    writeFileSync(join(legacy, 'y.yaml'), record('y'));
    expect(reportedFiles(lint(legacy, '--changed').stdout, legacy)).toEqual(['y.yaml']);
    rmSync(parent, { recursive: true, force: true });
  });

  it('exits 2 with a clear message outside a git repository, for an unknown ref and without a default branch', () => {
    const outside = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'r.yaml': record('r') });
    const notRepo = lint(outside, '--changed');
    expect(notRepo.status).toBe(2);
    expect(notRepo.stderr).toBe(`privrec: --changed: ${outside} is not in a git repository.\n`);

    const unknown = lint(repo, '--changed=no-such-branch');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^privrec: --changed: cannot compare with "no-such-branch"/);

    const option = lint(repo, '--changed=--output=/tmp/x');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/is not a git ref/);

    const orphan = gitRepository({ 'r.yaml': record('r') });
    git(orphan, 'symbolic-ref', 'HEAD', 'refs/heads/trunk');
    commitAll(orphan, 'start');
    const noDefault = lint(orphan, '--changed');
    expect(noDefault.status).toBe(2);
    expect(noDefault.stderr).toMatch(/no default branch to compare with .*--changed origin\/develop/);
  });
});
