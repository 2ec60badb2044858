import { readSource } from '../load/source.js';
import { repositoryRoot } from '../load/git.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { VERSION } from '../version.js';
import { stylish } from './stylish.js';
import type { FormatContext, Formatter } from './types.js';

/**
 * Each format lives in its own module and is imported only when asked for; stylish, the default,
 * always is. Only stylish colours its output: `color` is whether it may.
 */
const FORMATTERS: Record<string, (color: boolean) => Promise<Formatter>> = {
  stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

export async function loadFormatter(name: string, color = false): Promise<Formatter | undefined> {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name]!(color) : undefined;
}

/** What a formatter is told about the run; `stdin` is the text linted with --stdin, under its file name. */
export function formatContext(cwd: string, stdin?: { file: string; text: string }): FormatContext {
  // The text as the linter read it, through the same guarded read: a plain read of a FIFO named on the command line would wait forever.
  const source = (file: string) => {
    if (file === stdin?.file) return stdin.text;
    const read = readSource(file);
    return read.ok ? read.text : undefined;
  };
  return { cwd, root: repositoryRoot(cwd), rules: new Map(ruleCatalogue().map((rule) => [rule.id, rule])), version: VERSION, source };
}
