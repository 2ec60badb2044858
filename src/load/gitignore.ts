import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { readSource } from './source.js';

type IgnoreFactory = (options?: { ignorecase?: boolean }) => Ignore;

/**
 * What git ignores, as markdownlint-cli2 and ESLint honour it: the `.gitignore` files from the
 * repository's root down to each directory, and `.git/info/exclude`, with git's own pattern rules
 * (the `ignore` package, which ESLint and Prettier use). Outside a git repository nothing is ignored.
 */
export class GitIgnore {
  private readonly byDirectory = new Map<string, Ignore | null>();
  private factory?: IgnoreFactory;

  private constructor(private readonly root: string) {}

  /** The rules of the repository that holds `path`, or undefined outside one. */
  static at(path: string): GitIgnore | undefined {
    for (let dir = path; ; dir = dirname(dir)) {
      if (existsSync(join(dir, '.git'))) return new GitIgnore(dir);
      if (dirname(dir) === dir) return undefined;
    }
  }

  /** Whether git ignores `path` (a directory when `directory`). */
  ignores(path: string, directory = false): boolean {
    const fromRoot = relative(this.root, path);
    if (fromRoot === '' || fromRoot.startsWith('..')) return false;
    const parts = fromRoot.split(sep);
    // A file in an ignored directory is ignored, whatever its own rules say (git's rule too).
    for (let depth = 1; depth < parts.length; depth++) {
      if (this.ignoredBy(parts.slice(0, depth), true)) return true;
    }
    return this.ignoredBy(parts, directory);
  }

  /** Whether the rules of any directory above `parts` ignore it. */
  private ignoredBy(parts: string[], directory: boolean): boolean {
    for (let depth = 0; depth < parts.length; depth++) {
      const rules = this.rulesOf(join(this.root, ...parts.slice(0, depth)));
      if (rules?.ignores(parts.slice(depth).join('/') + (directory ? '/' : ''))) return true;
    }
    return false;
  }

  private rulesOf(directory: string): Ignore | null {
    let rules = this.byDirectory.get(directory);
    if (rules !== undefined) return rules;
    const sources = [join(directory, '.gitignore'), ...(directory === this.root ? [join(this.root, '.git', 'info', 'exclude')] : [])];
    const texts = sources.flatMap((file) => {
      const read = existsSync(file) ? readSource(file) : undefined;
      return read?.ok ? [read.text] : [];
    });
    this.factory ??= createRequire(import.meta.url)('ignore') as IgnoreFactory;
    rules = texts.length > 0 ? this.factory().add(texts.join('\n')) : null;
    this.byDirectory.set(directory, rules);
    return rules;
  }
}
