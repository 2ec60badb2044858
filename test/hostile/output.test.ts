import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers.js';
import { expectHandled, fingerprint, runBounded } from './helpers.js';

const CONFIG = 'privrec: 1\nregime: gdpr\n';

/** Record content that reaches the output: an id (unique-id), a key (schema), a ref (party-ref), a file name. */
const HOSTILE_RECORD = [
  'privrec: 1',
  'id: "dup\\e[2J\\r<script>alert(1)</script>"',
  'title: "<b>x</b>\\e]0;pwned\\a\\r\\n"',
  '"bad\\e[31mkey\\r\\u202e\\u0007": 1',
  'controllers:',
  '  - ref: "<i>\\e[1m\\r\\x9b31m"',
  '',
].join('\n');

function hostileProject(): string {
  const dir = tempProject({ 'privrec.yaml': CONFIG, 'a.yaml': HOSTILE_RECORD });
  writeFileSync(join(dir, 'evil\u001b[31m\r.yaml'), HOSTILE_RECORD);
  return dir;
}

/** C0 and C1 control characters other than line feed, and the bidirectional overrides. */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** What JSON must escape: the C0 controls (a raw line feed only between tokens of pretty output). */
const JSON_CONTROLS = /[\u0000-\u0009\u000b-\u001f]/;

describe('record content is escaped in every output format', () => {
  it('stylish shows control characters and bidi overrides as \\u{..}, never raw', () => {
    const result = runBounded(['lint'], hostileProject());
    expectHandled(result);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS);
    expect(result.stdout).toContain('dup\\u{1b}[2J\\u{d}<script>');
    expect(result.stdout).toContain('evil\\u{1b}[31m\\u{d}.yaml');
  });

  it.each(['json', 'sarif', 'gitlab'])('%s escapes them as JSON does', (format) => {
    const result = runBounded(['lint', '--format', format], hostileProject());
    expectHandled(result);
    expect(result.stdout).not.toMatch(JSON_CONTROLS);
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain('\\u001b');
  });

  it.each(['junit', 'github'])('%s carries no raw control character', (format) => {
    const result = runBounded(['lint', '--format', format], hostileProject());
    expectHandled(result);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('privrec never writes to a record', () => {
  it('lint in every format, with --cache, and render leave every input file as it was', () => {
    const dir = hostileProject();
    const files: Record<string, string | Buffer> = {
      'bomb.yaml': 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
      'big.yaml': `title: ${'x'.repeat(6 * 1024 * 1024)}\n`,
      'deep.yaml': `${'- '.repeat(10_000)}x\n`,
      'latin1.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]),
      'bom.yaml': '\ufeffprivrec: 1\nid: bom\n',
      'crlf.yaml': 'privrec: 1\r\nid: crlf\r\n',
      'tabs.yaml': 'privrec: 1\ncontrollers:\n\t- name: x\n',
      'proto.yaml': 'privrec: 1\nid: p\n__proto__: { polluted: yes }\n',
      'binary.yaml': Buffer.from([0, 1, 2, 255, 254]),
      'empty.yaml': '',
      'list.yaml': '- a\n',
      'long.yaml': `privrec: 1\nid: long\ntitle: ${'y'.repeat(100_000)}\n`,
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const before = fingerprint(dir);

    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']) expectHandled(runBounded(['lint', '--format', format], dir));
    expectHandled(runBounded(['lint', '--cache'], dir));
    expectHandled(runBounded(['lint', '--cache'], dir));
    const out = mkdtempSync(join(tmpdir(), 'privrec-render-'));
    for (const kind of ['notice', 'record', 'register']) {
      const render = runBounded(['render', '--kind', kind, '--out', out, '--force'], dir);
      expect(render.stdout + render.stderr).not.toMatch(/\n\s+at \S/);
    }

    const after = fingerprint(dir);
    delete after['.privrec-cache'];
    expect(after).toEqual(before);
  });
});
