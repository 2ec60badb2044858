import { mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepository } from '../../bench/generate.mjs';
import { WORKER_THRESHOLD } from '../../src/lint/engine.js';
import { runCli } from '../helpers.js';

interface JsonResult {
  filePath: string;
  messages: unknown[];
}

/** The results of a JSON lint run, and the threads it says (--debug) it linted on. */
function lintJson(args: string[], cwd: string): { results: JsonResult[]; threads: string } {
  const output = join(cwd, `results-${args.length}.json`);
  const result = runCli(['lint', '--debug', '--format', 'json', '--output-file', output, '--as-of', '2026-11-28', ...args], { cwd });
  const threads = /^privrec: linted \d+ files? on (\d+) threads?\.$/m.exec(result.stderr)?.[1];
  expect(result.stderr.replace(/^privrec: linted .*\n/m, '')).toBe('');
  return { results: JSON.parse(readFileSync(output, 'utf8')) as JsonResult[], threads: threads ?? '?' };
}

describe('linting in worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privrec-parallel-'));
  const files: string[] = generateRepository(dir, WORKER_THRESHOLD, 7);
  // One record moves out of records/: linting records/ is then one file short of the threshold,
  // while that record still takes part in unique-id through the repository scan.
  mkdirSync(join(dir, 'elsewhere'));
  renameSync(files[0]!, join(dir, 'elsewhere', 'moved.yaml'));
  const serial = lintJson(['records', '--concurrency', 'off'], dir);

  it('gives the same results as linting on one thread, whatever the number of threads', () => {
    expect(serial.threads).toBe('1');
    expect(serial.results.filter((result) => result.messages.length > 0).length).toBeGreaterThan(100);
    for (const threads of ['2', '3']) {
      const parallel = lintJson(['--concurrency', threads], dir);
      expect(parallel.threads).toBe(threads);
      expect(parallel.results).toHaveLength(WORKER_THRESHOLD);
      expect(parallel.results.filter((result) => result.filePath.includes('/records/'))).toEqual(serial.results);
    }
  });

  it('takes no worker below the threshold unless told', () => {
    expect(lintJson(['records'], dir).threads).toBe('1');
  });
});
