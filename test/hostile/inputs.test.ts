import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/lint-source.js';
import { defaultConfig } from '../../src/config.js';
import { BIN, tempProject } from '../helpers.js';
import { requireTool } from '../tools.js';
import { expectHandled, jsonFindings, runBounded } from './helpers.js';

const CONFIG = 'privrec: 1\nregime: gdpr\n';

/** Lints one file of a fresh project with the JSON format; the result must be a handled failure. */
function lintOne(name: string, content: string | Buffer, status: 1 | 2 = 1) {
  const dir = tempProject({ 'privrec.yaml': CONFIG, [name]: content });
  const result = runBounded(['lint', name, '--format', 'json'], dir);
  expectHandled(result, status);
  return { dir, result, findings: status === 1 ? jsonFindings(result.stdout) : [] };
}

/** Hostile inputs judged by comparison or over several files; the single inputs are the corpus (corpus.ts). */
describe('hostile input: each gets a clear finding, in bounded time and memory, without a stack trace', () => {
  it('a byte-order mark: read, and positions as without it', () => {
    const record = 'privrec: 1\nid: bom\ntitel: Typo\n';
    const withBom = lintOne('bom.yaml', `\ufeff${record}`).findings;
    expect(withBom).toEqual(lintOne('plain.yaml', record).findings);
    expect(withBom.some((f) => f.startsWith('3:1 schema Unknown key `titel`'))).toBe(true);
  });

  it('CRLF line endings: read, and columns as with LF', () => {
    const record = 'privrec: 1\nid: crlf\ncontrollers:\n  - name: ACME\n    location: Germany\n';
    const crlf = lintOne('crlf.yaml', record.replace(/\n/g, '\r\n')).findings;
    expect(crlf).toEqual(lintOne('lf.yaml', record).findings);
    expect(crlf.some((f) => f.startsWith('5:15 schema '))).toBe(true);
  });

  it('an unreadable file', () => {
    // chmod 000 binds everyone but root: run as root (CI does), the lint runs as an unprivileged
    // user (setpriv, util-linux), so that the permission check is tested, never skipped.
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'locked.yaml': 'privrec: 1\n' });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'privrec.yaml'), 0o644);
    chmodSync(join(dir, 'locked.yaml'), 0o000);
    const root = process.getuid?.() === 0;
    if (root) requireTool('setpriv', 'util-linux');
    const command = root ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const result = spawnSync(command[0]!, [...command.slice(1), BIN, 'lint', 'locked.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PRIVREC_COMPILE_CACHE: '0' } });
    expect(result.status, result.stderr).toBe(1);
    expect(jsonFindings(result.stdout)).toEqual(['1:1 file The file cannot be read: permission denied.']);

    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    const dangling = runBounded(['lint', 'dangling.yaml'], dir);
    expectHandled(dangling, 2);
    expect(dangling.stderr).toBe('privrec: No files matching "dangling.yaml" were found.\n');
  });

  it('a directory symlink loop: linting the directory terminates', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'records/r.yaml': 'privrec: 1\nid: r\nbogus: 1\n' });
    mkdirSync(join(dir, 'records', 'sub'));
    symlinkSync('..', join(dir, 'records', 'sub', 'up'));
    symlinkSync(join(dir, 'records'), join(dir, 'records', 'sub', 'again'));
    symlinkSync('self.yaml', join(dir, 'records', 'self.yaml'));
    const result = runBounded(['lint', 'records', '--format', 'json'], dir);
    expectHandled(result);
    const files = (JSON.parse(result.stdout) as { filePath: string }[]).map((r) => r.filePath);
    expect(files).toEqual([join(dir, 'records', 'r.yaml')]);
  });
});

describe('prototype pollution', () => {
  it('`__proto__` and `constructor` keys stay plain keys, reported as unknown keys', () => {
    const text = 'privrec: 1\nid: p\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n';
    const { findings } = lintSource(text, '/tmp/p.yaml', { config: defaultConfig('/tmp'), asOf: '2026-11-28', inlineConfig: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const schema = findings.filter((f) => f.ruleId === 'schema').map((f) => `${f.line}:${f.column} ${f.message.split('.')[0]}`);
    expect(schema).toEqual(['3:1 Unknown key `__proto__`', '5:1 Unknown key `constructor`']);
  });

  it('the same keys inside nested mappings', () => {
    const text = 'privrec: 1\nid: p\ndpo:\n  __proto__: { polluted: yes }\n  constructor: x\n';
    lintSource(text, '/tmp/p.yaml', { config: defaultConfig('/tmp'), asOf: '2026-11-28', inlineConfig: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
