import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, sep } from 'node:path';
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
    if (relative(this.root, path) === '') return false;
    return this.entriesOf(dirname(path))(basename(path), directory);
  }

  /**
   * Whether git ignores an entry of `directory`, by its name (a directory when `isDirectory`): the
   * rules above the directory are gathered once, not for each of its thousands of records.
   */
  entriesOf(directory: string): (name: string, isDirectory: boolean) => boolean {
    const fromRoot = relative(this.root, directory);
    if (fromRoot.startsWith('..')) return () => false;
    const parts = fromRoot === '' ? [] : fromRoot.split(sep);
    // An entry of an ignored directory is ignored, whatever its own rules say (git's rule too).
    for (let depth = 1; depth <= parts.length; depth++) {
      if (this.ignoredBy(parts.slice(0, depth), true)) return () => true;
    }
    const applying = this.rulesAbove(parts);
    return (name, isDirectory) => decide(applying, name, isDirectory);
  }

  /** Whether the rules of the directories above `parts` ignore it. */
  private ignoredBy(parts: string[], directory: boolean): boolean {
    return decide(this.rulesAbove(parts.slice(0, -1)), parts[parts.length - 1]!, directory);
  }

  /** The rules of the root and of each directory down to `parts` (inclusive) that has any, each with the path from it to `parts`. */
  private rulesAbove(parts: string[]): { rules: Ignore; prefix: string }[] {
    return Array.from({ length: parts.length + 1 }, (_, depth) => depth).flatMap((depth) => {
      const rules = this.rulesOf(join(this.root, ...parts.slice(0, depth)));
      return rules
        ? [
            {
              rules,
              prefix: parts
                .slice(depth)
                .map((part) => `${part}/`)
                .join(''),
            },
          ]
        : [];
    });
  }

  private rulesOf(directory: string): Ignore | null {
    let rules = this.byDirectory.get(directory);
    if (rules !== undefined) return rules;
    // .git/info/exclude first: within one set of rules the later pattern wins, and the root's .gitignore overrides it.
    const sources = [...(directory === this.root ? [join(this.root, '.git', 'info', 'exclude')] : []), join(directory, '.gitignore')];
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

/**
 * Git's precedence: the .gitignore nearest the entry that has a say decides (the last of its
 * patterns that matches, `!` re-including), else the one above it; `applying` runs from the root down.
 */
function decide(applying: readonly { rules: Ignore; prefix: string }[], name: string, directory: boolean): boolean {
  for (let index = applying.length - 1; index >= 0; index--) {
    const { rules, prefix } = applying[index]!;
    const verdict = rules.test(`${prefix}${name}${directory ? '/' : ''}`);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
