import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { FileResult, Finding } from '../model.js';
import type { FormatContext } from './types.js';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes untrusted text safe for a terminal or a one-line format: control characters
 * (escape sequences, carriage returns, bidi overrides) are shown as \u{..} instead of acting.
 * With `keepLineBreaks`, \n and \r stay for formats that escape them their own way.
 */
export function printable(text: string, { keepLineBreaks = false } = {}): string {
  return text.replace(keepLineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

export function countFindings(results: FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The file's path relative to the repository root, with forward slashes, as code hosts name files. */
export function repositoryPath(filePath: string, context: FormatContext): string {
  return relative(context.root, filePath).split(sep).join('/') || filePath;
}

export interface FingerprintedFinding {
  finding: Finding;
  /** Path relative to the repository root. */
  path: string;
  fingerprint: string;
}

/**
 * Every finding with a fingerprint that survives unrelated edits: a hash of the rule, the
 * repository path, the message and the text of the finding's line (not its number). Identical
 * findings in one file are told apart by their order, as GitHub's own line hashes are (`hash:n`).
 */
export function fingerprintedFindings(results: FileResult[], context: FormatContext): FingerprintedFinding[] {
  return results.flatMap((result) => {
    const lines = context.source?.(result.filePath)?.split(/\r?\n/) ?? [];
    const path = repositoryPath(result.filePath, context);
    const seen = new Map<string, number>();
    return result.findings.map((finding) => {
      const lineText = lines[finding.line - 1]?.trim() ?? '';
      const hash = createHash('sha256').update([finding.ruleId, path, finding.message, lineText].join('\0')).digest('hex').slice(0, 32);
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      return { finding, path, fingerprint: `${hash}:${occurrence}` };
    });
  });
}
