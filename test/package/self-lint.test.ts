/**
 * privrec lints itself: typescript-eslint's recommended rules (eslint.config.mjs) and Prettier's
 * layout (.prettierrc.json) over the code and the tests, as part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** The packages' own command-line scripts (eslint exports no subpath for its bin). */
const bin = (path: string) => join(ROOT, 'node_modules', path);
const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('the project lints itself', () => {
  it('typescript-eslint finds nothing', () => {
    const result = run(bin('eslint/bin/eslint.js'), ['.', '--max-warnings', '0']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('every file is laid out as Prettier lays it out (npx prettier --write to fix)', () => {
    const result = run(bin('prettier/bin/prettier.cjs'), ['--list-different', 'src/**/*.{ts,cts}', 'test/**/*.ts', 'eslint.config.mjs']);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
