/**
 * The formatters and their text helpers in-process (the CLI tests check them through whole runs):
 * exact output for one known set of findings, so that a changed count, severity, column, escaping
 * or fingerprint names the formatter that changed it, and mutation testing, which runs only
 * in-process tests, sees it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/model.js';
import { fingerprintedFindings } from '../../src/report/fingerprint.js';
import { gitlab } from '../../src/report/gitlab.js';
import { json } from '../../src/report/json.js';
import { junit } from '../../src/report/junit.js';
import { sarif } from '../../src/report/sarif.js';
import { stylish } from '../../src/report/stylish.js';
import { countFindings, plural, printable, repositoryPath } from '../../src/report/text.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/types.js';
import type { RuleMeta } from '../../src/rules/types.js';

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

  it('counts an unreadable file as fatal, fixable findings by severity, and names the regimes a merged finding holds under', () => {
    const [result] = JSON.parse(
      json(
        [
          {
            filePath: '/repo/x.yaml',
            findings: [
              finding({ ruleId: 'file', message: 'cannot be read' }),
              finding({ fix: { range: [0, 1], text: 'a' } }),
              finding({ fix: { range: [1, 2], text: 'b' }, regimes: ['gdpr', 'uk-gdpr'] }),
              finding({ severity: 'warning', fix: { range: [2, 3], text: 'c' } }),
            ],
          },
        ],
        context,
      ),
    );
    expect(result).toMatchObject({ errorCount: 3, fatalErrorCount: 1, warningCount: 1, fixableErrorCount: 2, fixableWarningCount: 1 });
    expect(result.messages.map((m: { regimes?: string[] }) => m.regimes)).toEqual([undefined, undefined, ['gdpr', 'uk-gdpr'], undefined]);
  });
});

const RULE = (id: string, severity: 'error' | 'warning'): RuleMeta =>
  ({ id, description: `${id} described.`, articles: { gdpr: ['Art. 30(1)(f)'], eudpr: ['Art. 31(1)(f)', 'Art. 4(1)(e)'] }, severity }) as RuleMeta;
const SOURCE = 'privrec: 1\r\nid: a\r\n  retention: 6 months  \r\nid: a\r\n';
const FINGERPRINT_CONTEXT: FormatContext = {
  ...context,
  rules: new Map([
    ['record-required', RULE('record-required', 'error')],
    ['review-due', RULE('review-due', 'warning')],
  ]),
  source: (file) => (file === '/repo/records/my file#1.yaml' ? SOURCE : undefined),
};
const SARIF_RESULTS: FileResult[] = [
  {
    filePath: '/repo/records/my file#1.yaml',
    findings: [
      finding({ line: 2, column: 5, endLine: 2, endColumn: 6, message: 'an error', regimes: ['gdpr', 'uk-gdpr'] }),
      finding({ ruleId: 'review-due', severity: 'warning', line: 3, column: 14, endLine: 3, endColumn: 22, message: 'a warning' }),
    ],
  },
];

describe('sarif', () => {
  it('gives each result the level of its severity, its region, an encoded path and the regimes it holds under', () => {
    const log = JSON.parse(sarif(SARIF_RESULTS, FINGERPRINT_CONTEXT));
    const [error, warning] = log.runs[0].results;
    expect(error).toMatchObject({ ruleId: 'record-required', ruleIndex: 0, level: 'error', message: { text: 'an error' }, properties: { regimes: ['gdpr', 'uk-gdpr'] } });
    expect(error.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'records/my%20file%231.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 6 },
    });
    expect(warning).toMatchObject({ ruleId: 'review-due', ruleIndex: 1, level: 'warning' });
    expect(warning.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 14, endLine: 3, endColumn: 22 });
    expect(warning.properties).toBeUndefined();
  });

  it('describes each rule with its articles per regime and its default level', () => {
    const [required, review] = JSON.parse(sarif(SARIF_RESULTS, FINGERPRINT_CONTEXT)).runs[0].tool.driver.rules;
    expect(required.fullDescription.text).toBe('record-required described. (Art. 30(1)(f) GDPR; Art. 31(1)(f), Art. 4(1)(e) EUDPR)');
    expect(required.defaultConfiguration).toEqual({ level: 'error' });
    expect(review.defaultConfiguration).toEqual({ level: 'warning' });
  });
});

describe('fingerprints (sarif, gitlab)', () => {
  const prints = (results: FileResult[], ctx = FINGERPRINT_CONTEXT) => fingerprintedFindings(results, ctx).map((f) => f.fingerprint);
  const at = (line: number, message = 'm') => finding({ line, message });
  const file = (...findings: Finding[]): FileResult[] => [{ filePath: '/repo/records/my file#1.yaml', findings }];

  it('hash the rule, the repository path, the message and the trimmed text of the line, NUL-separated (recipe v1)', () => {
    const expected = createHash('sha256').update(['record-required', 'records/my file#1.yaml', 'm', 'retention: 6 months'].join('\0')).digest('hex').slice(0, 32);
    expect(prints(file(at(3)))).toEqual([`${expected}:1`]);
  });

  it('follow the line text, not the line number; a carriage return is no part of the text', () => {
    const [id, retention] = prints(file(at(2), at(3)));
    expect(id).not.toBe(retention);
    const lf = { ...FINGERPRINT_CONTEXT, source: () => SOURCE.replace(/\r\n/g, '\n') };
    expect(prints(file(at(3)), lf)).toEqual(prints(file(at(3))));
    const indented = { ...FINGERPRINT_CONTEXT, source: () => SOURCE.replace('  retention', '      retention') };
    expect(prints(file(at(3)), indented)).toEqual(prints(file(at(3))));
  });

  it('tell the same finding on two equal lines apart by their order', () => {
    const [first, second] = prints(file(at(2), at(4)));
    expect(first!.split(':')[0]).toBe(second!.split(':')[0]);
    expect([first!.split(':')[1], second!.split(':')[1]]).toEqual(['1', '2']);
  });

  it('keep the parts apart: moving text from the message to the line changes the hash', () => {
    const ctx = { ...FINGERPRINT_CONTEXT, source: () => 'yz\nz\n' };
    const [a, b] = prints(file(at(1, 'x'), at(2, 'xy')), ctx);
    expect(a!.split(':')[0]).not.toBe(b!.split(':')[0]);
  });

  it('hash an empty line text where the source is not known', () => {
    const expected = createHash('sha256').update(['record-required', 'other.yaml', 'm', ''].join('\0')).digest('hex').slice(0, 32);
    expect(prints([{ filePath: '/repo/other.yaml', findings: [at(1)] }])).toEqual([`${expected}:1`]);
  });
});

describe('gitlab', () => {
  it('writes Code Climate issues: severity major or minor, the lines, the fingerprint', () => {
    const issues = JSON.parse(gitlab(SARIF_RESULTS, FINGERPRINT_CONTEXT));
    const [print1, print2] = fingerprintedFindings(SARIF_RESULTS, FINGERPRINT_CONTEXT).map((f) => f.fingerprint);
    expect(issues).toEqual([
      { type: 'issue', description: 'an error', check_name: 'record-required', fingerprint: print1, severity: 'major', location: { path: 'records/my file#1.yaml', lines: { begin: 2, end: 2 } } },
      { type: 'issue', description: 'a warning', check_name: 'review-due', fingerprint: print2, severity: 'minor', location: { path: 'records/my file#1.yaml', lines: { begin: 3, end: 3 } } },
    ]);
  });
});

describe('junit', () => {
  it('shows a line break in a file name as text in the attributes, and keeps those between findings', () => {
    const xml = junit([{ filePath: '/repo/a\nb.yaml', findings: [finding({ message: 'one' }), finding({ severity: 'warning', message: 'two' })] }], context);
    expect(xml).toContain('<testcase classname="privrec" name="a\\u{a}b.yaml" file="a\\u{a}b.yaml">');
    expect(xml).toContain('<failure type="privrec" message="1 error, 1 warning">3:5 error one (record-required)\n3:5 warning two (record-required)</failure>');
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

  it('sums up as many errors as warnings (no problem is not the same)', async () => {
    const output = (await stylish(false))([{ filePath: '/repo/a.yaml', findings: [finding({}), finding({ severity: 'warning' })] }], context);
    expect(output.trimEnd().split('\n').pop()).toBe('\u2716 2 problems (1 error, 1 warning)');
  });

  it('paints the summary red and bold with an error, yellow and bold with warnings only', async () => {
    const format = await stylish(true);
    expect(format([{ filePath: '/repo/a.yaml', findings: [finding({})] }], context)).toContain('\u001b[31m\u001b[1m\u2716 1 problem');
    expect(format([{ filePath: '/repo/a.yaml', findings: [finding({ severity: 'warning' })] }], context)).toContain('\u001b[33m\u001b[1m\u2716 1 problem');
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

describe('loadFormatter', () => {
  it.each([
    ['stylish', stylish(false)],
    ['json', json],
    ['sarif', sarif],
    ['junit', junit],
    ['gitlab', gitlab],
  ] as const)('%s: the same output as the module it names', async (name, formatter) => {
    const loaded = await loadFormatter(name);
    expect(loaded?.(RESULTS, context)).toBe((await formatter)(RESULTS, context));
  });

  it('github: annotations', async () => {
    expect((await loadFormatter('github'))?.(RESULTS, context)).toMatch(/^::error file=records\/a\.yaml,line=3,/);
  });

  it('an unknown name, or a name every object has: none', async () => {
    expect(await loadFormatter('checkstyle')).toBeUndefined();
    expect(await loadFormatter('toString')).toBeUndefined();
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']);
  });
});
