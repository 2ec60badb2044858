import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const EXAMPLES = join(ROOT, 'examples');

/** The findings examples/README.md documents: `file line:column rule severity`, in order. */
function documented(): string[] {
  const rows: string[] = [];
  let file = '';
  for (const line of readFileSync(join(EXAMPLES, 'README.md'), 'utf8').split('\n')) {
    const heading = /^## (\S+\.yaml)$/.exec(line);
    if (heading) file = heading[1]!;
    const row = /^\| (\d+:\d+) \| ([a-z-]+) \| (error|warning) \|/.exec(line);
    if (row && file) rows.push(`${file} ${row[1]} ${row[2]} ${row[3]}`);
  }
  return rows;
}

describe('examples/', () => {
  it('lint reports exactly what examples/README.md documents', () => {
    const result = runCli(['lint', 'examples', '--format', 'json', '--as-of', '2026-11-28']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const reported = (JSON.parse(result.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string; severity: number }[] }[]).flatMap((file) =>
      file.messages.map((m) => `${relative(EXAMPLES, file.filePath)} ${m.line}:${m.column} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'}`),
    );
    const sortedByFile = (rows: string[]) => [...rows].sort((a, b) => a.split(' ')[0]!.localeCompare(b.split(' ')[0]!));
    expect(sortedByFile(reported)).toEqual(sortedByFile(documented()));
  });

  it('every example is shape-valid: its findings are legal defects, not transcription mistakes', () => {
    const result = runCli(['lint', 'examples', '--format', 'json', '--as-of', '2026-11-28']);
    const ruleIds = (JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[]).flatMap((file) => file.messages.map((m) => m.ruleId));
    expect(ruleIds).not.toContain('schema');
    expect(ruleIds).not.toContain('syntax');
    expect(ruleIds).not.toContain('party-ref');
  });

  it('the Swiss example relies on the Swiss-US DPF from 15 September 2024, not a day before (examples/README.md)', () => {
    const before = runCli(['lint', 'examples/swiss-shop', '--format', 'json', '--as-of', '2024-09-14']);
    expect(before.status).toBe(1);
    const messages = (JSON.parse(before.stdout) as { messages: { line: number; column: number; ruleId: string; message: string }[] }[]).flatMap((file) => file.messages);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['39:13 transfer-safeguard']);
    expect(messages[0]!.message).toContain('Swiss-US Data Privacy Framework');
    expect(messages[0]!.message).toContain('applies from 2024-09-15 only');
    expect(runCli(['lint', 'examples/swiss-shop', '--as-of', '2024-09-15']).status).toBe(0);
  });
});
