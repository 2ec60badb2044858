/** Exit codes and messages of privrec render. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers.js';
import { STACK_TRACE, render, tempDir } from './helpers.js';

describe('privrec render (spawned CLI)', () => {
  it('does not render a notice with blocking findings, prints them as lint does and exits 1', () => {
    const out = tempDir();
    const result = render(['examples/emsa', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('examples/emsa/emsa-dona.yaml');
    expect(result.stderr).toMatch(/210:1 +error +The notice must say whether providing the data is a statutory or contractual requirement.*notice-complete/);
    expect(result.stderr).toContain('privrec: 1 record not rendered (--force renders those that can be read, with the gaps marked).');
    expect(existsSync(join(out, 'emsa-dona.notice.md'))).toBe(false);
  });

  it('renders it with --force, the gaps marked in the page language', () => {
    const out = tempDir();
    const result = render(['examples/emsa', '--force', '--lang', 'de', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('rendered with gaps marked (--force): examples/emsa/emsa-dona.yaml');
    expect(readFileSync(join(out, 'emsa-dona.notice.md'), 'utf8')).toContain('\\[fehlt: ob die Bereitstellung der Daten vorgeschrieben ist\\]');
  });

  it('renders no notice of a register-only record, and says why', () => {
    const out = tempDir();
    const notice = render(['examples/edps', '--out', out]);
    expect(notice.status).toBe(2);
    expect(notice.stderr).toContain('privrec: examples/edps/edps-069-cisco-jabber.yaml: no notice rendered: examples/edps/privrec.yaml sets `notices: false` (a register-only repository).');
    expect(notice.stderr).toContain('No record in scope for notices');
    const record = render(['examples/edps', '--kind', 'record', '--out', out]);
    expect(record.status, record.stderr).toBe(0);
    expect(existsSync(join(out, 'edps-069.record.md'))).toBe(true);
    expect(existsSync(join(out, 'edps-069.notice.md'))).toBe(false);
  });

  it('renders the notice of a record with a `notice` key in a repository without `notices`', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'r.yaml': 'privrec: 1\nid: r\n', 's.yaml': 'privrec: 1\nid: s\nnotice: { render: false }\n' });
    const result = render(['--force', '--out', 'out'], { cwd: dir });
    expect(result.stderr).toContain('privrec: no notice rendered for 2 register-only records');
    expect(result.status).toBe(2);
  });

  it('never renders a file that is not a record, even with --force', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'broken.yaml': 'privrec: 1\nid: [unclosed\n' });
    const out = tempDir();
    const result = render(['broken.yaml', '--force', '--out', out], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml\n +\d+:\d+ +error .* syntax\n/);
    expect(result.stderr).toContain('privrec: 1 record not rendered.');
  });

  it('writes to render.out of privrec.yaml, else dist/', () => {
    const record = readFileSync('examples/emsa/emsa-dona.yaml', 'utf8');
    const config = readFileSync('examples/emsa/privrec.yaml', 'utf8');
    const dir = tempProject({ 'privrec.yaml': `${config}render:\n  out: public\n  lang: fr\n`, 'r.yaml': record });
    expect(render(['--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'public', 'emsa-dona.notice.md'), 'utf8')).toContain('## Vos droits');
    const plain = tempProject({ 'privrec.yaml': config, 'r.yaml': record });
    expect(render(['--force'], { cwd: plain }).status).toBe(0);
    expect(existsSync(join(plain, 'dist', 'emsa-dona.notice.md'))).toBe(true);
  });

  it.each([
    [['--as-of', '2026-13-01'], /--as-of takes a date written YYYY-MM-DD/],
    [['--kind', 'poster'], /argument 'poster' is invalid/],
    [['no-such-file.yaml'], /No files matching "no-such-file.yaml" were found/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const result = render(['examples/edps', '--out', tempDir(), ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 on a config that cannot be used', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: ccpa\n', 'r.yaml': 'privrec: 1\nid: r\n' });
    const result = render(['r.yaml', '--out', tempDir()], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('privrec: the configuration cannot be used:');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
