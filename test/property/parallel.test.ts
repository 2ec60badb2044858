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

function lintJson(args: string[], cwd: string): JsonResult[] {
  const output = join(cwd, `results-${args.length}.json`);
  const result = runCli(['lint', '--format', 'json', '--output-file', output, '--as-of', '2026-11-28', ...args], { cwd });
  expect(result.stderr).toBe('');
  return JSON.parse(readFileSync(output, 'utf8')) as JsonResult[];
}

describe('linting in worker threads', () => {
  it('gives the same results as linting on one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privrec-parallel-'));
    const files: string[] = generateRepository(dir, WORKER_THRESHOLD, 7);
    // One record moves out of records/: linting records/ is then one file short of the threshold,
    // a run without workers, while that record still takes part in unique-id through the repository scan.
    mkdirSync(join(dir, 'elsewhere'));
    renameSync(files[0]!, join(dir, 'elsewhere', 'moved.yaml'));
    const parallel = lintJson([], dir);
    const serial = lintJson(['records'], dir);
    expect(parallel).toHaveLength(WORKER_THRESHOLD);
    expect(parallel.filter((result) => result.filePath.includes('/records/'))).toEqual(serial);
    expect(serial.filter((result) => result.messages.length > 0).length).toBeGreaterThan(100);
  });
});
