/** `privrec lint --fix` and `--fix-dry-run`: certain fixes only, comments and layout kept, written atomically. */
import { lstatSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

const RECORD = `privrec: 1
id: fixme
# Transfers as the contract lists them.
transfers:
  - country: UK   # the contract says "UK"
    recipient: Support Ltd
    safeguard: { type: adequacy }
personal_data:
  - category: Logs
retention:
  - data: Logs
    period: 6 months # as the policy words it
    after: collection
`;
const FIXED = RECORD.replace('country: UK   #', 'country: GB   #').replace('period: 6 months #', 'period: P6M #');
const args = ['--format', 'json', '--as-of', '2026-11-28', '--rule', 'record-required=off'];

function project() {
  return tempProject({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\n', 'records/r.yaml': RECORD });
}

describe('lint --fix', () => {
  it('reports each certain fix in the JSON output, as ESLint does, and counts them', () => {
    const dir = project();
    const [result] = JSON.parse(runCli(['lint', 'records/r.yaml', ...args], { cwd: dir }).stdout);
    const fixes = result.messages
      .filter((m: { fix?: unknown }) => m.fix)
      .map((m: { ruleId: string; fix: { range: [number, number]; text: string } }) => [m.ruleId, RECORD.slice(...m.fix.range), m.fix.text]);
    expect(fixes).toEqual([
      ['transfer-safeguard', 'UK', 'GB'],
      ['retention-period', '6 months', 'P6M'],
    ]);
    expect(result.fixableErrorCount).toBe(2);
  });

  it('--fix-dry-run shows the diff and writes nothing', () => {
    const dir = project();
    const result = runCli(['lint', 'records/r.yaml', '--fix-dry-run', '--format', 'stylish', '--as-of', '2026-11-28', '--rule', 'record-required=off'], { cwd: dir });
    expect(result.stdout).toContain('--- a/records/r.yaml\n+++ b/records/r.yaml\n@@ -2,13 +2,13 @@\n id: fixme\n');
    expect(result.stdout).toContain('-  - country: UK   # the contract says "UK"\n');
    expect(result.stdout).toContain('+  - country: GB   # the contract says "UK"\n');
    expect(result.stdout).toContain('+    period: P6M # as the policy words it\n');
    expect(readFileSync(join(dir, 'records/r.yaml'), 'utf8')).toBe(RECORD);
    expect(result.status).toBe(1);
  });

  it('--fix rewrites the values only, keeping comments and layout, and reports what remains', () => {
    const dir = project();
    const result = runCli(['lint', 'records/r.yaml', '--fix', ...args], { cwd: dir });
    expect(readFileSync(join(dir, 'records/r.yaml'), 'utf8')).toBe(FIXED);
    const [after] = JSON.parse(result.stdout);
    expect(after.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('retention-period');
    expect(after.fixableErrorCount).toBe(0);
    // Fixed already: a second run changes nothing.
    runCli(['lint', 'records/r.yaml', '--fix', ...args], { cwd: dir });
    expect(readFileSync(join(dir, 'records/r.yaml'), 'utf8')).toBe(FIXED);
  });

  it('fixes the target of a link, and the link stays a link', () => {
    const dir = project();
    symlinkSync('r.yaml', join(dir, 'records/linked.yaml'));
    runCli(['lint', 'records/linked.yaml', '--fix', ...args], { cwd: dir });
    expect(lstatSync(join(dir, 'records/linked.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'records/linked.yaml'))).toBe('r.yaml');
    expect(readFileSync(join(dir, 'records/r.yaml'), 'utf8')).toBe(FIXED);
  });

  it('touches no file without --fix, and refuses --stdin', () => {
    const dir = project();
    runCli(['lint', 'records/r.yaml', ...args], { cwd: dir });
    expect(readFileSync(join(dir, 'records/r.yaml'), 'utf8')).toBe(RECORD);
    const stdin = runCli(['lint', '--stdin', '--fix'], { cwd: dir, input: RECORD });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toBe('privrec: --fix and --fix-dry-run work on files, not on --stdin.\n');
  });
});
