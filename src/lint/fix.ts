/** `privrec lint --fix`: the one place privrec writes to a record, at the user's explicit request. */
import { realpathSync } from 'node:fs';
import type { Finding, Fix } from '../model.js';
import { readSource } from '../load/source.js';
import { replaceRecordAtomically } from '../output.js';

/** The text with every fix applied; fixes that overlap one applied before are left for a later run. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let fixed = '';
  let from = 0;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
    if (fix.range[0] < from) continue;
    fixed += text.slice(from, fix.range[0]) + fix.text;
    from = fix.range[1];
  }
  return fixed + text.slice(from);
}

export function fixesOf(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
}

/** A file's text before and after its fixes, for a diff or for writing. */
export interface FixedFile {
  file: string;
  before: string;
  after: string;
}

/**
 * The fixed text of a linted file, from the text it holds now: `fixesFor` lints that text, so that
 * offsets found by an earlier read never land in a file edited since. Undefined when nothing changes.
 */
export async function fixFile(file: string, fixesFor: (text: string) => Promise<Fix[]>): Promise<FixedFile | undefined> {
  const source = readSource(file);
  if (!source.ok) return undefined;
  const after = applyFixes(source.text, await fixesFor(source.text));
  return after === source.text ? undefined : { file, before: source.text, after };
}

/** Writes a fixed record, atomically, to the file itself (through a link, its target). */
export function writeFixed({ file, after }: FixedFile): void {
  replaceRecordAtomically(realpathSync(file), after);
}

const CONTEXT = 3;

/**
 * A unified diff of the lines the fixes change, with three lines of context, as `git diff` shows
 * it. Fixes replace text within a line, so the two versions have the same lines but the changed ones.
 */
export function diff({ before, after }: FixedFile, shown: string): string {
  const old = before.split('\n');
  const now = after.split('\n');
  const changed = old.flatMap((line, index) => (line !== now[index] ? [index] : []));
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const last = hunks.at(-1);
    if (last && index - last[1] <= 2 * CONTEXT + 1) last[1] = index;
    else hunks.push([index, index]);
  }
  const lines = [`--- a/${shown}`, `+++ b/${shown}`];
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(old.length - 1, last + CONTEXT);
    lines.push(`@@ -${from + 1},${to - from + 1} +${from + 1},${to - from + 1} @@`);
    for (let index = from; index <= to; index++) {
      if (old[index] === now[index]) lines.push(` ${old[index]}`);
      else lines.push(`-${old[index]}`, `+${now[index]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
