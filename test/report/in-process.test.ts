/**
 * The json and stylish formatters and their text helpers in-process (the CLI tests check them
 * through whole runs): exact output for one known set of findings, so that a changed count,
 * severity, column or escaping names the formatter that changed it.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/model.js';
import { json } from '../../src/report/json.js';
import { stylish } from '../../src/report/stylish.js';
import { countFindings, plural, printable, repositoryPath } from '../../src/report/text.js';
import type { FormatContext } from '../../src/report/types.js';

const context: FormatContext = { cwd: '/repo', root: '/repo', rules: new Map(), version: '0.0.0' };
const finding = (overrides: Partial<Finding>): Finding => ({ ruleId: 'record-required', severity: 'error', message: 'm', line: 3, column: 5, endLine: 3, endColumn: 9, ...overrides });

const RESULTS: FileResult[] = [
  {
    filePath: '/repo/records/a.yaml',
    findings: [
      finding({ message: '`updated` is required.' }),
      finding({ ruleId: 'review-due', severity: 'warning', message: 'Review due.', line: 12, column: 10, endLine: 12, endColumn: 20, fix: { range: [10, 20], text: 'P6M' } }),
      finding({ ruleId: 'retention-period', severity: 'error', message: 'fix me', line: 120, column: 1, endLine: 121, endColumn: 2, fix: { range: [1, 2], text: 'x' } }),
    ],
  },
  { filePath: '/repo/records/clean.yaml', findings: [] },
  { filePath: '/repo/b.yaml', findings: [finding({ ruleId: 'syntax', message: 'bad\u001b[31m text' })] },
];

describe('json', () => {
  it("is ESLint's shape: severities 2 and 1, positions, fixes, counts per file", () => {
    const [a, clean, b] = JSON.parse(json(RESULTS, context));
    expect(a).toEqual({
      filePath: '/repo/records/a.yaml',
      messages: [
        { ruleId: 'record-required', severity: 2, message: '`updated` is required.', line: 3, column: 5, endLine: 3, endColumn: 9 },
        { ruleId: 'review-due', severity: 1, message: 'Review due.', line: 12, column: 10, endLine: 12, endColumn: 20, fix: { range: [10, 20], text: 'P6M' } },
        { ruleId: 'retention-period', severity: 2, message: 'fix me', line: 120, column: 1, endLine: 121, endColumn: 2, fix: { range: [1, 2], text: 'x' } },
      ],
      errorCount: 2,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 1,
    });
    expect(clean).toEqual({ filePath: '/repo/records/clean.yaml', messages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(b.fatalErrorCount).toBe(1);
  });
});

describe('stylish', () => {
  it('groups by file, aligns positions and severities, escapes control characters, sums up', async () => {
    const format = await stylish(false);
    expect(format(RESULTS, context)).toBe(
      [
        '',
        'records/a.yaml',
        '  3:5    error    `updated` is required.  record-required',
        '  12:10  warning  Review due.  review-due',
        '  120:1  error    fix me  retention-period',
        '',
        'b.yaml',
        '  3:5  error  bad\\u{1b}[31m text  syntax',
        '',
        '\u2716 4 problems (3 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to say', async () => {
    expect((await stylish(false))([{ filePath: '/repo/a.yaml', findings: [] }], context)).toBe('');
  });

  it('sums up one problem in the singular', async () => {
    const output = (await stylish(false))([{ filePath: '/repo/a.yaml', findings: [finding({ severity: 'warning' })] }], context);
    expect(output.trimEnd().split('\n').pop()).toBe('\u2716 1 problem (0 errors, 1 warning)');
  });

  it('colours severities and the summary when asked', async () => {
    const output = (await stylish(true))(RESULTS, context);
    expect(output).toContain('\u001b[31merror');
    expect(output).toContain('\u001b[33mwarning');
    expect(output).toContain('\u001b[4mrecords/a.yaml');
  });
});

describe('text helpers', () => {
  it.each([
    ['an escape sequence', 'a\u001b[2Jb', 'a\\u{1b}[2Jb'],
    ['a carriage return', 'a\rb', 'a\\u{d}b'],
    ['a line break', 'a\nb', 'a\\u{a}b'],
    ['a bidi override', 'a\u202eb', 'a\\u{202e}b'],
    ['a tab, kept', 'a\tb', 'a\tb'],
  ])('printable shows %s as text', (_, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('printable keeps line breaks when asked', () => {
    expect(printable('a\nb\r\u0007', { keepLineBreaks: true })).toBe('a\nb\r\\u{7}');
  });

  it('counts errors and warnings, and words the count', () => {
    expect(countFindings(RESULTS)).toEqual({ errors: 3, warnings: 1 });
    expect([plural(0, 'error'), plural(1, 'error'), plural(2, 'error')]).toEqual(['0 errors', '1 error', '2 errors']);
  });

  it('names a file from the repository root with forward slashes', () => {
    expect(repositoryPath('/repo/records/a.yaml', context)).toBe('records/a.yaml');
    expect(repositoryPath('/repo', context)).toBe('/repo');
  });
});
