import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { GDPR_RECORD } from '../rules/records.js';

// bin/privrec.js keeps V8's compiled code of the CLI between runs (src/launch.cts). These runs
// point it at a directory of their own through PRIVREC_COMPILE_CACHE.

const project = () => tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'record.yaml': GDPR_RECORD.replace('title: Video lessons\n', '') });
const freshDirectory = () => mkdtempSync(join(tmpdir(), 'privrec-compile-cache-test-'));
const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.bin'));

function lint(cwd: string, cacheSetting: string) {
  const result = runCli(['lint', 'record.yaml', '--as-of', '2026-11-28'], { cwd, env: { PRIVREC_COMPILE_CACHE: cacheSetting } });
  expect(result.stderr).toBe('');
  return { status: result.status, stdout: result.stdout };
}

describe('the compile cache of bin/privrec.js', () => {
  const cwd = project();
  const expected = lint(cwd, '0');

  it('is written by a lint and used by the next one, with the same findings', () => {
    expect(expected.status).toBe(1);
    expect(expected.stdout).toContain('`title` is required');
    const dir = freshDirectory();
    expect(lint(cwd, dir)).toEqual(expected);
    const [file] = cacheFiles(dir);
    expect(cacheFiles(dir)).toHaveLength(1);
    const written = statSync(join(dir, file!)).mtimeMs;
    expect(lint(cwd, dir)).toEqual(expected);
    // Accepted by V8, so not written again.
    expect(statSync(join(dir, file!)).mtimeMs).toBe(written);
  });

  it('replaces a corrupt cache file and still lints', () => {
    const dir = freshDirectory();
    lint(cwd, dir);
    const [file] = cacheFiles(dir);
    writeFileSync(join(dir, file!), 'not compiled code');
    expect(lint(cwd, dir)).toEqual(expected);
    expect(readFileSync(join(dir, file!), 'utf8')).not.toBe('not compiled code');
  });

  it('replaces the cache of an earlier build of the same installation', () => {
    const dir = freshDirectory();
    lint(cwd, dir);
    const [file] = cacheFiles(dir);
    const earlier = file!.replace(/-[0-9a-f]{8}\.bin$/, '-00000000.bin');
    renameSync(join(dir, file!), join(dir, earlier));
    expect(lint(cwd, dir)).toEqual(expected);
    expect(cacheFiles(dir)).toEqual([file]);
  });

  it('is not written by a command other than lint', () => {
    const dir = freshDirectory();
    expect(runCli(['--version'], { env: { PRIVREC_COMPILE_CACHE: dir } }).status).toBe(0);
    expect(cacheFiles(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('is not read from or written to a directory that other users can write to', () => {
    const dir = freshDirectory();
    chmodSync(dir, 0o777);
    expect(lint(cwd, dir)).toEqual(expected);
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('is left alone when its location cannot be a directory', () => {
    const file = join(freshDirectory(), 'a-file');
    writeFileSync(file, '');
    expect(lint(cwd, file)).toEqual(expected);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});

describe('a damaged installation', () => {
  it.each([
    ['a main chunk that is not JavaScript', 'this is not (JavaScript'],
    ['a main chunk that throws', 'throw new Error("damaged");'],
  ])('says so in one line and exits 2, with %s', (_, content) => {
    const copy = mkdtempSync(join(tmpdir(), 'privrec-damaged-'));
    for (const part of ['bin', 'dist']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    writeFileSync(join(copy, 'dist/cli/main.cjs'), content);
    for (const cache of ['0', freshDirectory()]) {
      const result = spawnSync(process.execPath, [join(copy, 'bin/privrec.js'), 'lint', 'record.yaml'], {
        cwd: project(),
        encoding: 'utf8',
        env: { ...process.env, PRIVREC_COMPILE_CACHE: cache, PRIVREC_DEBUG: undefined },
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^privrec: cannot start: .+ \(reinstall privrec; set PRIVREC_DEBUG=1 for details\)\n$/);
    }
  });
});
