/** Same input, same bytes; a failed run leaves --out as it was. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempProject } from '../helpers.js';
import { FORMATS, KINDS, STACK_TRACE, filesOf, render, tempDir } from './helpers.js';

describe('determinism', () => {
  it('renders the examples twice to identical bytes', () => {
    const [first, second] = [tempDir(), tempDir()];
    for (const out of [first, second]) {
      for (const kind of KINDS) {
        for (const format of FORMATS) {
          const result = render(['examples', '--kind', kind, '--format', format, '--force', '--out', out]);
          expect(result.status, result.stderr).toBe(0);
        }
      }
    }
    const a = filesOf(first);
    const b = filesOf(second);
    expect([...a.keys()]).toEqual([...b.keys()]);
    // 10 records, 9 notices (the EDPS register publishes none) and the register, in two formats.
    expect(a.size).toBe(2 * (10 + 9 + 1));
    for (const [name, content] of a) expect(content.equals(b.get(name)!), name).toBe(true);
  });

  it('leaves unchanged files untouched on a second run', () => {
    const out = tempDir();
    render(['examples/emsa', '--kind', 'notice', '--format', 'html', '--force', '--out', out]);
    const file = join(out, 'emsa-dona.notice.html');
    const before = statSync(file).mtimeMs;
    const again = render(['examples/emsa', '--kind', 'notice', '--format', 'html', '--force', '--out', out]);
    expect(again.stdout).toContain('0 written');
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe('atomicity', () => {
  it('writes nothing when a template fails on the second record, and keeps existing files', () => {
    // Fails only for records with a notice.requirement: the first (vcrp-panopto-backup) renders fine.
    const templates = tempProject({
      'notice.md.hbs': '# {{title}}\n{{#if requirement.text}}\n{{noSuchField}}\n{{/if}}\n',
    });
    const out = tempProject({ 'vcrp-panopto-backup.notice.md': 'old\n', 'keep.txt': 'keep\n' });
    const result = render(['examples/vcrp', '--kind', 'notice', '--format', 'md', '--force', '--templates', templates, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`privrec: template error: ${relative(ROOT, join(templates, 'notice.md.hbs'))}:3:3: "noSuchField"`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'vcrp-panopto-backup.notice.md']);
    expect(readFileSync(join(out, 'vcrp-panopto-backup.notice.md'), 'utf8')).toBe('old\n');
  });

  it('writes no file when one of the targets cannot be replaced', () => {
    const out = tempProject({ 'vcrp-panopto-registration.notice.md/keep': 'a directory where a file should go\n' });
    const result = render(['examples/vcrp', '--kind', 'notice', '--format', 'md', '--force', '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`privrec: cannot write ${join(out, 'vcrp-panopto-registration.notice.md')}: it is a directory.\n`);
    expect(readdirSync(out)).toEqual(['vcrp-panopto-registration.notice.md']);
  });

  it.skipIf(process.platform === 'win32')('replaces a FIFO named like a page without reading it (a read would wait forever)', () => {
    const out = tempDir();
    execFileSync('mkfifo', [join(out, 'emsa-dona.notice.md')]);
    const result = render(['examples/emsa', '--kind', 'notice', '--format', 'md', '--force', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(statSync(join(out, 'emsa-dona.notice.md')).isFile()).toBe(true);
  });
});
