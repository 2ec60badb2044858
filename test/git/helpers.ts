import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { tempProject } from '../helpers.js';

const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

/** Runs real git in `dir`, with a fixed identity so that commits work on any machine. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
}

/** A fresh git repository (branch main) holding the files; returns its directory. */
export function gitRepository(files: Record<string, string>): string {
  const dir = tempProject(files);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** The files of a `--format json` report, relative to `dir`, sorted. */
export function reportedFiles(jsonOutput: string, dir: string): string[] {
  return (JSON.parse(jsonOutput) as { filePath: string }[]).map((result) => relative(dir, result.filePath)).sort();
}
