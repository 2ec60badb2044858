/** `privrec lint --print-config <file>`: the configuration a record is linted under, as ESLint's. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

describe('lint --print-config', () => {
  it('prints the config that governs a file, every rule with its severity, and exits 0', () => {
    const dir = tempProject({
      'privrec.yaml': 'privrec: 1\nregime: eudpr\nnotices: false\nextends: strict\nrules:\n  review-due: off\n',
      'records/a.yaml': 'privrec: 1\nid: a\n',
    });
    const result = runCli(['lint', '--print-config', 'records/a.yaml'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ file: join(dir, 'records/a.yaml'), path: join(dir, 'privrec.yaml'), regime: 'eudpr', notices: false, preset: 'strict' });
    expect(printed.rules['review-due']).toBe('off');
    expect(printed.rules['processor-instructions']).toBe('error');
    expect(Object.keys(printed.rules)).toContain('placeholder');
  });

  it('prints the defaults where no privrec.yaml governs the file', () => {
    const dir = tempProject({ 'a.yaml': 'privrec: 1\nid: a\n' });
    const printed = JSON.parse(runCli(['lint', '--print-config', 'a.yaml'], { cwd: dir }).stdout);
    expect(printed).toMatchObject({ path: null, regime: 'gdpr', preset: 'recommended' });
    expect(printed.rules['processor-instructions']).toBe('off');
  });

  it('exits 2 on a config that cannot be used', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: ccpa\n', 'a.yaml': 'privrec: 1\nid: a\n' });
    const result = runCli(['lint', '--print-config', 'a.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^privrec: the configuration cannot be used: .*privrec\.yaml/);
  });
});
