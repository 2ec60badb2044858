import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { readSource } from './source.js';

type IgnoreFactory = (options?: { ignorecase?: boolean }) => Ignore;

/**
 * What git ignores, as markdownlint-cli2 and ESLint honour it: the `.gitignore` files from the
 * repository's root down to each directory, and `.git/info/exclude`, with git's own pattern rules
 * (the `ignore` package, which ESLint and Prettier use), told apart by case only where the
 * repository's `core.ignorecase` says so. Outside a git repository nothing is ignored.
 *
 * Every .gitignore's patterns are rewritten as patterns of the root's and kept in one list, the
 * exclude file's first and a directory's after its parent's: the last pattern that matches
 * decides, so a deeper .gitignore overrides the ones above it, as in git, and the package's rule
 * that nothing inside an excluded directory is re-included sees every level's say on the directory.
 */
export class GitIgnore {
  private readonly rules: Ignore;
  /** Directories (paths from the root, '' for the root) whose .gitignore is in `rules`. */
  private readonly loaded = new Set<string>();
  /** Whether any file read so far holds a pattern: most repositories ignore nothing among their records. */
  private holdsPatterns = false;
  /** The repository's git directory (`.git`, or where a worktree's `.git` file points), whose config and info/exclude apply. */
  private readonly gitDirectory: string | undefined;

  private constructor(private readonly root: string) {
    this.gitDirectory = commonGitDirectory(join(root, '.git'));
    const ignoreCase = this.gitDirectory !== undefined && ignoresCase(readText(join(this.gitDirectory, 'config')) ?? '');
    this.rules = (createRequire(import.meta.url)('ignore') as IgnoreFactory)({ ignorecase: ignoreCase });
    if (this.gitDirectory) this.add(readText(join(this.gitDirectory, 'info', 'exclude')) ?? '', '');
  }

  /** The rules of the repository that holds `path`, or undefined outside one. */
  static at(path: string): GitIgnore | undefined {
    for (let dir = path; ; dir = dirname(dir)) {
      if (existsSync(join(dir, '.git'))) return new GitIgnore(dir);
      if (dirname(dir) === dir) return undefined;
    }
  }

  /** Whether git ignores `path` (a directory when `directory`). */
  ignores(path: string, directory = false): boolean {
    if (relative(this.root, path) === '') return false;
    return this.entriesOf(dirname(path))(basename(path), directory);
  }

  /**
   * Whether git ignores an entry of `directory`, by its name (a directory when `isDirectory`): the
   * directory's part of the path is worked out once, not for each of its thousands of records.
   */
  entriesOf(directory: string): (name: string, isDirectory: boolean) => boolean {
    const fromRoot = relative(this.root, directory);
    if (fromRoot.startsWith('..')) return () => false;
    const parts = fromRoot === '' ? [] : fromRoot.split(sep);
    for (let depth = 0; depth <= parts.length; depth++) this.load(parts.slice(0, depth));
    // Only the files from the root down to this directory hold patterns that can match its entries.
    if (!this.holdsPatterns) return () => false;
    const prefix = parts.map((part) => `${part}/`).join('');
    return (name, isDirectory) => this.rules.ignores(`${prefix}${name}${isDirectory ? '/' : ''}`);
  }

  /** Adds the patterns of the .gitignore of the directory at `parts` (from the root), once. */
  private load(parts: string[]): void {
    const base = parts.join('/');
    if (this.loaded.has(base)) return;
    this.loaded.add(base);
    const text = readText(join(this.root, ...parts, '.gitignore'));
    if (text !== undefined) this.add(text, base);
  }

  private add(text: string, base: string): void {
    const lines = text.split(/\r?\n/).map((line) => fromRoot(line, base));
    this.rules.add(lines);
    this.holdsPatterns ||= lines.some((line) => line.trim() !== '' && !line.startsWith('#'));
  }
}

/**
 * A line of the .gitignore in `base` (a path from the root, '' for the root) as a line of the
 * root's: a pattern with a slash before its end is relative to its file's directory; one without
 * matches at any depth below it.
 */
function fromRoot(line: string, base: string): string {
  if (base === '' || line.trim() === '' || line.startsWith('#')) return line;
  const negated = line.startsWith('!');
  const pattern = negated ? line.slice(1) : line;
  // Trailing spaces are no part of a pattern unless escaped; a trailing slash only says "directory".
  const anchored = pattern
    .replace(/(?<!\\) +$/, '')
    .replace(/\/$/, '')
    .includes('/');
  return `${negated ? '!' : ''}${base}/${anchored ? pattern.replace(/^\//, '') : `**/${pattern}`}`;
}

/** A file's text, or undefined when it is missing or not text. */
function readText(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const read = readSource(file);
  return read.ok ? read.text : undefined;
}

/**
 * The git directory whose config and info/exclude a work tree uses: `.git` itself, or for a
 * linked worktree or a submodule (a `.git` file, `gitdir: <path>`) the directory it names, or the
 * common directory that one names in its `commondir`.
 */
function commonGitDirectory(dotGit: string): string | undefined {
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readText(dotGit) ?? '');
    if (!pointer) return undefined;
    const gitDirectory = resolve(dirname(dotGit), pointer[1]!);
    const common = readText(join(gitDirectory, 'commondir'))?.trim();
    return common ? resolve(gitDirectory, common) : gitDirectory;
  } catch {
    return undefined;
  }
}

/** Whether a git config sets `core.ignorecase` true (git's booleans: true, yes, on, 1; a key alone is true). */
export function ignoresCase(config: string): boolean {
  let inCore = false;
  let value = false;
  for (const rawLine of config.split('\n')) {
    const line = rawLine.replace(/[#;].*$/, '').trim();
    const section = /^\[\s*([^\]\s"]+)[^\]]*\]/.exec(line);
    if (section) {
      inCore = section[1]!.toLowerCase() === 'core' && !line.includes('"');
      continue;
    }
    if (!inCore) continue;
    const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (entry && entry[1]!.toLowerCase() === 'ignorecase') value = entry[2] === undefined || /^(?:true|yes|on|1)$/i.test(entry[2].trim().replace(/^"(.*)"$/, '$1'));
  }
  return value;
}
