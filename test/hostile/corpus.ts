/**
 * The hostile-input corpus: every input that has broken, hung or fooled privrec or a tool like
 * it, with what privrec must answer. Large inputs are built when the test runs, from the
 * generators here, so that the repository stays small; each case is run by corpus.test.ts.
 */

type Content = string | Buffer | (() => string | Buffer);

export interface HostileCase {
  name: string;
  /** The project's files (privrec.yaml defaults to a GDPR config); a function builds a large one. */
  files: Record<string, Content>;
  /** Paths to make FIFOs, and symbolic links (path -> target). */
  fifos?: string[];
  links?: Record<string, string>;
  args: string[];
  stdin?: () => Buffer;
  status: 0 | 1 | 2;
  /** Findings of the JSON output that must be there, as `line:column ruleId` or with a part of the message after it. */
  findings?: string[];
  /** What standard error must say (exit 2 cases). */
  stderr?: RegExp;
  /** Files that must not appear, and what the output files must not hold. */
  absent?: string[];
  /** Far above a linear run, far below the quadratic one that was measured; default 5 s. */
  timeLimitMs?: number;
}

export const CONFIG = 'privrec: 1\nregime: gdpr\n';
const RECORD = 'privrec: 1\nid: r\ntitle: Staff directory\n';
const json = ['--format', 'json', '--as-of', '2026-11-28'];

/** `count` aliases of one scalar in a flow list: about 3 bytes each, 40,000 in 121 KB. */
const aliasFanOut = (count: number) => () => `privrec: 1\nid: a\nx-a: &a x\nx-b: [${Array(count).fill('*a').join(', ')}]\n`;

export const CORPUS: HostileCase[] = [
  // Issue 13: what went wrong on main.
  {
    name: '-o onto a record',
    files: { 'records/r.yaml': RECORD },
    args: ['lint', ...json, '-o', 'records/r.yaml'],
    status: 2,
    stderr: /^privrec: --output-file .*records\/r\.yaml: it is a YAML file or a template, which privrec reads as input and never overwrites\.\n$/,
  },
  { name: '-o onto privrec.yaml', files: { 'r.yaml': RECORD }, args: ['lint', ...json, '-o', 'privrec.yaml'], status: 2, stderr: /^privrec: --output-file .*privrec\.yaml: it is a YAML file/ },
  {
    name: '-o through a link to a record',
    files: { 'r.yaml': RECORD },
    links: { 'report.json': 'r.yaml' },
    args: ['lint', ...json, '-o', 'report.json'],
    status: 2,
    stderr: /^privrec: --output-file .*report\.json: it is a YAML file or a template \(through a link to .*r\.yaml\)/,
  },
  {
    name: '-o onto a template',
    files: { 'r.yaml': RECORD, 'templates/notice.md.hbs': '# {{title}}\n' },
    args: ['lint', ...json, '-o', 'templates/notice.md.hbs'],
    status: 2,
    stderr: /it is a YAML file or a template/,
  },
  {
    name: '--cache-location onto a record',
    files: { 'r.yaml': RECORD },
    args: ['lint', '--cache', '--cache-location', 'r.yaml'],
    status: 2,
    stderr: /^privrec: --cache-location .*r\.yaml: it is a YAML file/,
  },
  {
    name: '40,000 aliases of one scalar (121 KB): linear, not quadratic',
    files: { 'fan.yaml': aliasFanOut(40_000) },
    args: ['lint', 'fan.yaml', ...json],
    status: 1,
    findings: ['1:1 record-required'],
    timeLimitMs: 5_000,
  },
  {
    name: '200 MB of NUL bytes on --stdin',
    files: {},
    stdin: () => Buffer.alloc(200 * 1024 * 1024),
    args: ['lint', '--stdin', ...json],
    status: 1,
    findings: ['1:1 file The input is larger than the 5.0 MB records are limited to: it is not read further.'],
  },
  {
    name: 'a PNG on --stdin',
    files: {},
    stdin: () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
    args: ['lint', '--stdin', ...json],
    status: 1,
    findings: ['1:1 file The file holds binary content (a NUL byte), not YAML text.'],
  },
  {
    name: 'a FIFO as the cache file',
    files: { 'r.yaml': RECORD },
    fifos: ['cache'],
    args: ['lint', 'r.yaml', '--cache', '--cache-location', 'cache', ...json],
    status: 1,
    findings: ['1:1 record-required'],
  },
  {
    name: 'a FIFO as a template',
    files: { 'r.yaml': RECORD },
    fifos: ['templates/notice.md.hbs'],
    args: ['render', 'r.yaml', '--kind', 'notice', '--force', '--templates', 'templates', '--out', 'site'],
    status: 2,
    stderr: /^privrec: template error: templates\/notice\.md\.hbs: the template cannot be read: This is not a regular file \(a pipe, socket or device\)/,
  },
  {
    name: 'updated: 2026-02-30',
    files: { 'r.yaml': 'privrec: 1\nid: d\nupdated: 2026-02-30\n' },
    args: ['lint', 'r.yaml', ...json],
    status: 1,
    findings: ['3:10 schema `updated` is not a day of the calendar (2026-02-30): write a date that exists, as YYYY-MM-DD.'],
  },
  {
    name: 'updated: 0000-01-01',
    files: { 'r.yaml': 'privrec: 1\nid: d\nupdated: 0000-01-01\n' },
    args: ['lint', 'r.yaml', ...json],
    status: 1,
    findings: ['3:10 schema `updated` is not a day of the calendar (0000-01-01)'],
  },
  {
    name: 'review_interval: P99999999999Y',
    files: { 'privrec.yaml': 'privrec: 1\nreview_interval: P99999999999Y\n', 'r.yaml': 'privrec: 1\nid: d\nupdated: 2020-01-01\n' },
    args: ['lint', 'r.yaml'],
    status: 2,
    stderr: /2:18 +error +`review_interval` must be an ISO 8601 duration such as P3M \(3 months\), P1Y or P7D, each number at most five digits\. +config/,
  },
  {
    name: 'an undefined alias',
    files: { 'r.yaml': 'privrec: 1\nid: u\ntitle: *nope\n' },
    args: ['lint', 'r.yaml', ...json],
    status: 1,
    findings: ['3:8 syntax The alias `*nope` refers to no anchor `&nope` before it'],
  },
  {
    name: 'unknown tags on record keys',
    files: { 'r.yaml': 'privrec: 1\nid: t\ntitle: !custom x\nx-f: !!js/function "function () {}"\n' },
    args: ['lint', 'r.yaml', ...json],
    status: 1,
    findings: ['3:8 syntax Unknown tag `!custom`', '4:6 syntax Unknown tag `!!js/function`'],
  },
  { name: 'a newline in a file name', files: { 'a\n  1:1  error  forged finding  x\n.yaml': 'privrec: 1\nid: n\n' }, args: ['lint'], status: 1, absent: ['\n  1:1  error  forged finding'] },
  { name: 'a newline and ESC in a key', files: { 'r.yaml': 'privrec: 1\nid: k\n"x\\n  9:9  error  forged\\e[2J": 1\n' }, args: ['lint'], status: 1, absent: ['\n  9:9  error  forged', '\u001b'] },
  {
    name: 'ESC and BEL in values reach no page',
    files: { 'r.yaml': 'privrec: 1\nid: e\ntitle: "A\\e]0;pwned\\a title"\npurposes: ["B\\x07\\x08"]\n' },
    args: ['render', 'r.yaml', '--kind', 'record', '--format', 'md', '--force', '--out', 'site'],
    status: 0,
    absent: ['site/e.record.md:\u001b', 'site/e.record.md:\u0007', 'site/e.record.md:\u0008'],
  },
  {
    name: 'ESC and BEL in values reach no HTML page',
    files: { 'r.yaml': 'privrec: 1\nid: e\ntitle: "A\\e]0;pwned\\a title"\n' },
    args: ['render', 'r.yaml', '--kind', 'register', '--format', 'html', '--force', '--out', 'site'],
    status: 0,
    absent: ['site/register.html:\u001b', 'site/register.html:\u0007'],
  },
  {
    name: '100,000 YAML documents in one file',
    files: { 'r.yaml': () => `privrec: 1\nid: m\n${'---\na: 1\n'.repeat(100_000)}` },
    args: ['lint', 'r.yaml', ...json],
    status: 1,
    findings: ['3:1 document The file holds more than one YAML document (the second starts here): keep one record per file.'],
  },
  {
    name: '100,000 empty YAML documents',
    files: { 'r.yaml': () => '---\n'.repeat(100_000) },
    args: ['lint', 'r.yaml', ...json],
    status: 1,
    findings: ['2:1 document The file holds more than one YAML document'],
  },

  // The inputs of earlier rounds.
  {
    name: 'a billion-laughs alias bomb',
    files: {
      'bomb.yaml': () =>
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...[...'bcdefghi'].map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`)].join(
          '\n',
        ) + '\n',
    },
    args: ['lint', 'bomb.yaml', ...json],
    status: 1,
    findings: ['1:1 syntax The document has more than 100,000 nodes'],
  },
  {
    name: 'a 50 MB record, refused unread',
    files: { 'big.yaml': () => `title: ${'x'.repeat(50 * 1024 * 1024)}\n` },
    args: ['lint', 'big.yaml', ...json],
    status: 1,
    findings: ['1:1 file The file is 50.0 MB; records are limited to 5.0 MB. Split it or check that it is a record.'],
  },
  ...(
    [
      ['block sequences', () => `${'- '.repeat(10_000)}x\n`],
      ['block mappings', () => `${'a: '.repeat(10_000)}x\n`],
      ['flow sequences', () => `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
      ['flow mappings', () => `a: ${'{a: '.repeat(10_000)}${'}'.repeat(10_000)}\n`],
    ] as const
  ).map(([kind, content]): HostileCase => ({ name: `10,000-deep nesting of ${kind}`, files: { 'deep.yaml': content }, args: ['lint', 'deep.yaml', ...json], status: 1, findings: ['syntax'] })),
  {
    name: 'invalid UTF-8, at the first bad byte',
    files: { 'latin1.yaml': Buffer.concat([Buffer.from('privrec: 1\nid: a\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) },
    args: ['lint', 'latin1.yaml', ...json],
    status: 1,
    findings: ['3:12 file The file is not valid UTF-8 (byte 28): save it as UTF-8.'],
  },
  { name: 'tabs as indentation', files: { 'tabs.yaml': 'privrec: 1\nid: t\ncontrollers:\n\t- name: x\n' }, args: ['lint', 'tabs.yaml', ...json], status: 1, findings: ['4:1 syntax'] },
  {
    name: 'a binary file',
    files: { 'binary.yaml': Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256)) },
    args: ['lint', 'binary.yaml', ...json],
    status: 1,
    findings: ['1:1 file The file holds binary content (a NUL byte), not YAML text.'],
  },
  { name: 'an empty file', files: { 'empty.yaml': '' }, args: ['lint', 'empty.yaml', ...json], status: 1, findings: ['1:1 document The file is empty: a record is a YAML mapping of its keys.'] },
  { name: 'a list, not a mapping', files: { 'list.yaml': '- a\n- b\n' }, args: ['lint', 'list.yaml', ...json], status: 1, findings: ['1:1 document The file holds a list, not a mapping'] },
  {
    name: 'a 100 KB single line',
    files: { 'long.yaml': () => `privrec: 1\nid: long\ntitle: ${'y'.repeat(100_000)}\nbogus: 1\n` },
    args: ['lint', 'long.yaml', ...json],
    status: 1,
    findings: ['4:1 schema Unknown key `bogus`.'],
  },
  {
    name: 'a FIFO as a record, refused unread',
    files: {},
    fifos: ['pipe.yaml'],
    args: ['lint', 'pipe.yaml', ...json],
    status: 1,
    findings: ['1:1 file This is not a regular file (a pipe, socket or device): a record is a text file.'],
  },
  { name: 'a FIFO as a record, in a fingerprinting format', files: {}, fifos: ['pipe.yaml'], args: ['lint', 'pipe.yaml', '--format', 'sarif'], status: 1 },
];
