/** Runs the hostile-input corpus (corpus.ts) through the built CLI, as a user's shell would. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers.js';
import { CONFIG, CORPUS } from './corpus.js';
import { MEMORY_LIMIT_MB, fingerprint, runBounded } from './helpers.js';

describe('the hostile-input corpus: exit code, finding and line, bounded time and memory, inputs untouched', () => {
  it.each(CORPUS)('$name', (hostile) => {
    const files = Object.fromEntries(Object.entries(hostile.files).map(([name, content]) => [name, typeof content === 'function' ? content() : content]));
    const dir = tempProject({ 'privrec.yaml': CONFIG, ...files });
    for (const fifo of hostile.fifos ?? []) {
      mkdirSync(dirname(join(dir, fifo)), { recursive: true });
      execFileSync('mkfifo', [join(dir, fifo)]);
    }
    for (const [link, target] of Object.entries(hostile.links ?? {})) symlinkSync(target, join(dir, link));
    const before = fingerprint(dir);

    const result = runBounded(hostile.args, dir, hostile.stdin?.());

    expect(result.status, result.stderr).toBe(hostile.status);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at \S|internal error|please report/i);
    expect(result.ms).toBeLessThan(hostile.timeLimitMs ?? 5_000);
    expect(result.rssMb).toBeLessThan(MEMORY_LIMIT_MB);
    if (hostile.stderr) expect(result.stderr).toMatch(hostile.stderr);
    if (hostile.findings) {
      const reported = (JSON.parse(result.stdout) as { messages: { line: number; column: number; ruleId: string; message: string }[] }[]).flatMap((file) =>
        file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
      for (const expected of hostile.findings) {
        const match = /^\d+:\d+ /.test(expected) ? (f: string) => f.startsWith(expected) : (f: string) => f.split(' ')[1] === expected;
        expect(reported.some(match), `${expected} in\n${reported.join('\n')}`).toBe(true);
      }
    }
    for (const absent of hostile.absent ?? []) {
      const [file, text] = absent.includes(':') && !absent.startsWith('\n') ? [absent.slice(0, absent.indexOf(':')), absent.slice(absent.indexOf(':') + 1)] : [undefined, absent];
      const haystack = file ? readFileSync(join(dir, file), 'utf8') : result.stdout + result.stderr;
      expect(haystack.includes(text), JSON.stringify(text)).toBe(false);
    }

    const after = fingerprint(dir);
    for (const name of Object.keys(after)) if (!(name in before)) delete after[name];
    expect(after).toEqual(before);
    for (const name of Object.keys(before)) expect(existsSync(join(dir, name))).toBe(true);
  });
});
