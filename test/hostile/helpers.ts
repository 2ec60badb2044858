import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

export interface BoundedResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process, ms. */
  ms: number;
  /** Peak resident set size, MB, worker threads included. */
  rssMb: number;
}

/** Generous bounds: far above what any case takes, far below a hang or a blow-up, even on a busy CI machine. */
export const TIME_LIMIT_MS = 20_000;
export const MEMORY_LIMIT_MB = 300;

/** Runs the built CLI in a child process and measures it (peak RSS through bench/rss-probe.mjs). */
export function runBounded(args: string[], cwd: string, input?: Buffer | string): BoundedResult {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'privrec-rss-')), 'rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'rss-probe.mjs'), BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, PRIVREC_BENCH_RSS: rssFile },
    timeout: TIME_LIMIT_MS * 2,
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let rssMb = Number.NaN;
  try {
    rssMb = (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number }).maxRSS / 1024;
  } catch {
    // The process died before it could say: the assertions below fail on NaN.
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms, rssMb };
}

/** Exit 1 or 2, in bounded time and memory, and no stack trace or internal error on either stream. */
export function expectHandled(result: BoundedResult, status: 1 | 2 = 1): void {
  expect(result.status, result.stderr).toBe(status);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at \S|internal error|RangeError|TypeError/);
  expect(result.ms).toBeLessThan(TIME_LIMIT_MS);
  expect(result.rssMb).toBeLessThan(MEMORY_LIMIT_MB);
}

/** Findings of the JSON format for one file, as `line:column ruleId message`. */
export function jsonFindings(stdout: string): string[] {
  const results = JSON.parse(stdout) as { messages: { line: number; column: number; ruleId: string; message: string }[] }[];
  return results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/** Every regular file below `dir` with the SHA-256 of its content (FIFOs and links are not opened). */
export function fingerprint(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (lstatSync(path).isFile()) hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}
