/** LibreOffice headless, as the tests that open privrec's documents and spreadsheets use it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Converts every file of `dir` with LibreOffice headless, into `dir/<format>/`; its own profile, so that runs never share one. */
export function convertWithLibreOffice(dir: string, files: string[], format: string): string {
  const out = join(dir, format.split(':')[0]!);
  const profile = `file://${mkdtempSync(join(tmpdir(), 'privrec-soffice-'))}`;
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', out, ...files.map((file) => join(dir, file))], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return out;
}
