import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult, Finding } from '../../src/model.js';
import type { FormatContext } from '../../src/report/types.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { VERSION } from '../../src/version.js';

/** Messages no format may pass through unescaped. */
export const HOSTILE_MESSAGES = [
  'line one\nline two\r\nline three\rline four',
  '100% sure: a, b and c; %25 and %0A are already escapes',
  '<script>alert("x")</script> & <b>bold</b> &amp; it\'s',
  'control \u0001\u0007 and \u001b[31mred\u001b[0m, \u0000 nul, \u007f delete, \u0085 next line',
  '::error file=evil.yaml,line=1::injected',
  'lone surrogates \ud800 and \udc00, noncharacters \ufffe \uffff, emoji 😀',
  'bidi \u202eoverride\u202c and tab\there',
  ']]> and --> and <!-- and <![CDATA[',
];

/** Results as the engine returns them, with hostile messages, for files that exist in `dir`. */
export function hostileResults(dir: string, files: string[]): FileResult[] {
  return files.map((file, fileIndex) => ({
    filePath: join(dir, file),
    findings: HOSTILE_MESSAGES.map((message, index): Finding => ({
      ruleId: index % 2 ? 'schema' : 'unique-id',
      severity: (index + fileIndex) % 3 ? 'error' : 'warning',
      message,
      line: index + 1,
      column: 2,
      endLine: index + 1,
      endColumn: 5,
    })),
  }));
}

/** The context `privrec lint` gives formatters, for a repository at `root`. */
export function formatContext(root: string, cwd = root): FormatContext {
  return {
    cwd,
    root,
    rules: new Map(ruleCatalogue().map((rule) => [rule.id, rule])),
    version: VERSION,
    source: (file) => readFileSync(file, 'utf8'),
  };
}

export const RECORD_WITH_PROBLEMS = `privrec: 1
id: hr-001
title: Staff directory
purpose: [misspelled key]
`;
