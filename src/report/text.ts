import { relative, sep } from 'node:path';
import type { FileResult } from '../model.js';
import type { FormatContext } from './types.js';

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);
const HAS_CONTROL_BUT_LINE_BREAKS = new RegExp(CONTROL_BUT_LINE_BREAKS.source);

/**
 * Makes untrusted text safe for a terminal or a one-line format: control characters
 * (escape sequences, carriage returns, bidi overrides) are shown as \u{..} instead of acting.
 * With `keepLineBreaks`, \n and \r stay for formats that escape them their own way.
 */
export function printable(text: string, { keepLineBreaks = false } = {}): string {
  // A replace with a function is slow even where nothing matches, as in almost every message; a test is not.
  if (!(keepLineBreaks ? HAS_CONTROL_BUT_LINE_BREAKS : HAS_CONTROL).test(text)) return text;
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
