import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/promise';
import { runCli, type CliResult } from '../helpers.js';

export const AS_OF = '2026-11-28';
export const KINDS = ['notice', 'record', 'register'] as const;
export const FORMATS = ['md', 'html'] as const;
export const LANGS = ['en', 'de', 'fr', 'it'] as const;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'privrec-render-'));
}

/** `privrec render` with a fixed --as-of; the arguments add the records, --kind, --format, --out. */
export function render(args: string[], options: { cwd?: string } = {}): CliResult {
  return runCli(['render', '--as-of', AS_OF, ...args], options);
}

/** Every file of a directory (not recursive), by name. */
export function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

/** markdownlint's findings with its default rules, line length (MD013) off as docs/render.md says. */
export async function markdownProblems(strings: Record<string, string>): Promise<string[]> {
  const results = await lint({ strings, config: { default: true, MD013: false } });
  return Object.entries(results).flatMap(([name, errors]) => errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`));
}

/** No stack trace in what the CLI printed. */
export const STACK_TRACE = /\n\s+at /;
