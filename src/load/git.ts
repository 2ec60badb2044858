import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Git could not answer: not a repository, git missing, or an unknown ref. The message is for the user. */
export class GitError extends Error {}

/**
 * The top level of the git work tree holding `dir`, else `dir` itself. Found by looking for `.git`
 * (a directory, or a file in worktrees and submodules) so that every lint does not pay for a git process.
 */
export function repositoryRoot(dir: string): string {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return resolve(dir);
    current = parent;
  }
}

async function git(args: string[], cwd: string): Promise<string> {
  // Loaded here, not at the top: child_process brings net, dgram and streams, which a plain lint does not need.
  const { execFile } = await import('node:child_process');
  return new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolvePromise(stdout);
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(new GitError(missing ? 'git is not installed (or not on PATH).' : stderr.trim() || error.message));
    });
  });
}

/** Whether `ref` names a commit in the repository holding `cwd`. */
export async function isCommit(cwd: string, ref: string): Promise<boolean> {
  if (ref.startsWith('-')) return false;
  return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).then(
    () => true,
    () => false,
  );
}

/** The default branch to compare with: origin/HEAD when set, else main, else master. */
async function defaultBranch(top: string): Promise<string> {
  const originHead = await git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], top).catch(() => '');
  if (originHead.trim()) return originHead.trim();
  for (const branch of ['main', 'master']) {
    if (await isCommit(top, branch)) return branch;
  }
  throw new GitError('no default branch to compare with (neither origin/HEAD, main nor master exists): name one, e.g. --changed origin/develop.');
}

const splitNul = (output: string) => output.split('\0').filter(Boolean);

/**
 * Absolute paths of the files changed since the merge base of `ref` (default: the default branch)
 * and HEAD: committed, staged, unstaged and untracked changes; deleted files are left out.
 */
export async function changedFiles(cwd: string, ref?: string): Promise<string[]> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd).then(
    (output) => output.trim(),
    (error: GitError) => {
      throw new GitError(/not a git repository/i.test(error.message) ? `${cwd} is not in a git repository.` : error.message);
    },
  );
  const target = ref ?? (await defaultBranch(top));
  if (target.startsWith('-')) throw new GitError(`"${target}" is not a git ref.`);
  const base = await git(['merge-base', target, 'HEAD'], top).then(
    (output) => output.trim(),
    () => {
      throw new GitError(`cannot compare with "${target}": it is not a commit that shares history with HEAD.`);
    },
  );
  const [changed, untracked] = await Promise.all([
    git(['diff', '--name-only', '-z', '--no-relative', '--diff-filter=d', base, '--'], top),
    git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], top),
  ]);
  const files = new Set([...splitNul(changed), ...splitNul(untracked)].map((path) => join(top, path)));
  return [...files].sort();
}
