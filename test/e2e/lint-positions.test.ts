import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';

const VALID = readFileSync(join(ROOT, 'test/fixtures/records/valid-eudpr.yaml'), 'utf8');
const CONFIG = 'privrec: 1\nregime: eudpr\n';
const AS_OF = ['--as-of', '2026-11-28'];

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Lints one record in a fresh project and returns the parsed ESLint-JSON messages. */
function lintJson(record: string, extra: string[] = []): { status: number | null; messages: EslintMessage[]; stderr: string } {
  const dir = tempProject({ 'privrec.yaml': CONFIG, 'record.yaml': record });
  const result = runCli(['lint', 'record.yaml', '--format', 'json', ...AS_OF, ...extra], { cwd: dir });
  const parsed = JSON.parse(result.stdout) as { filePath: string; messages: EslintMessage[]; errorCount: number; warningCount: number }[];
  expect(parsed).toHaveLength(1);
  expect(parsed[0]!.filePath).toBe(join(dir, 'record.yaml'));
  expect(parsed[0]!.errorCount).toBe(parsed[0]!.messages.filter((m) => m.severity === 2).length);
  expect(parsed[0]!.warningCount).toBe(parsed[0]!.messages.filter((m) => m.severity === 1).length);
  return { status: result.status, messages: parsed[0]!.messages, stderr: result.stderr };
}

const at = (m: EslintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`;

describe('lint reports each problem at its exact position (issue 2 acceptance)', () => {
  it('the valid fixture is clean', () => {
    expect(lintJson(VALID).messages).toEqual([]);
  });

  it('a record missing its DPO: at the top of the record, citing Art. 31(1)(a)', () => {
    const { status, messages, stderr } = lintJson(VALID.replace('dpo:\n  email: dpo@agency.europa.example\n', ''));
    expect(status).toBe(1);
    expect(stderr).toBe('');
    const dpo = messages.find((m) => m.message.startsWith('`dpo` is required'))!;
    expect(at(dpo)).toBe('2:1-2:1 record-required');
    expect(dpo.message).toBe("`dpo` is required: Art. 31(1)(a) of 2018/1725 requires the DPO's contact details.");
    expect(dpo.severity).toBe(2);
  });

  it('a misspelled key: at that key, with a suggestion', () => {
    const { status, messages } = lintJson(VALID.replace('\nsecurity:\n', '\nsecurty:\n'));
    expect(status).toBe(1);
    const unknown = messages.find((m) => m.ruleId === 'schema')!;
    expect(at(unknown)).toBe('39:1-39:8 schema');
    expect(unknown.message).toBe('Unknown key `securty`. Did you mean `security`?');
  });

  it('a YAML syntax error: at the offending character, and nothing else is claimed', () => {
    const unclosed = lintJson(VALID.replace('title: Staff training management', 'title: "Staff training management'));
    expect(unclosed.status).toBe(1);
    expect(unclosed.messages.map(at)).toEqual(['4:8-4:9 syntax']);
    expect(unclosed.messages[0]!.message).toBe('YAML syntax error: Missing closing "quote');
    const misindented = lintJson(VALID.replace('  - Encryption in transit', ' - Encryption in transit'));
    expect(misindented.messages.map(at)).toEqual(['41:1-41:2 syntax']);
  });

  it('a duplicate key: at the second occurrence', () => {
    const { status, messages } = lintJson(VALID.replace('language: en\n', 'language: en\ntitle: Another title\n'));
    expect(status).toBe(1);
    const duplicate = messages.find((m) => m.ruleId === 'duplicate-key')!;
    expect(at(duplicate)).toBe('9:1-9:6 duplicate-key');
    expect(duplicate.message).toBe("Duplicate key `title`: YAML keeps only one of them, so the other's content would be lost.");
  });

  it('a nested wrong value: at the value, through a flow mapping', () => {
    const { messages } = lintJson(VALID.replace('  - data: all\n    period: P5Y\n    after: the end of the training year', '  - { data: all, period: five years }'));
    expect(messages.map(at)).toEqual(['36:26-36:36 retention-period']);
    expect(messages[0]!.message).toMatch(
      /^`period: five years` is not an ISO 8601 duration such as P6M \(six months\) or P10Y \(ten years\)\. Art\. 31\(1\)\(f\) of 2018\/1725 asks for the time limits for erasure/,
    );
  });

  it('keeps positions right with CRLF line endings and a byte-order mark', () => {
    const record = '\ufeff' + VALID.replace('\nsecurity:\n', '\nsecurty:\n').replace(/\n/g, '\r\n');
    const unknown = lintJson(record).messages.find((m) => m.ruleId === 'schema')!;
    expect(at(unknown)).toBe('39:1-39:8 schema');
  });
});

describe('stylish output', () => {
  it('groups by file, shows line:column, severity, message and rule, and a summary', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'records/r.yaml': VALID.replace('\nsecurity:\n', '\nsecurty:\n') });
    const result = runCli(['lint', ...AS_OF], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('records/r.yaml\n');
    expect(result.stdout).toContain('  39:1  error  Unknown key `securty`. Did you mean `security`?  schema');
    expect(result.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked: FORCE_COLOR or --color, never with NO_COLOR or --no-color', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'r.yaml': VALID.replace('\nsecurity:\n', '\nsecurty:\n') });
    expect(runCli(['lint', 'r.yaml', ...AS_OF], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(runCli(['lint', 'r.yaml', '--color', ...AS_OF], { cwd: dir }).stdout).toContain('\u001b[31m');
    expect(runCli(['lint', 'r.yaml', '--no-color', ...AS_OF], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['lint', 'r.yaml', ...AS_OF], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: undefined } }).stdout).not.toContain('\u001b[');
  });

  it('does not colour a pipe or a file, the output of a hook or a CI job', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'r.yaml': VALID.replace('\nsecurity:\n', '\nsecurty:\n') });
    const plain = { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: undefined } };
    const piped = runCli(['lint', 'r.yaml', ...AS_OF], plain);
    expect(piped.stdout).toContain('security');
    expect(piped.stdout).not.toContain('\u001b[');
    runCli(['lint', 'r.yaml', ...AS_OF, '--format', 'stylish', '--output-file', 'out.txt'], plain);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toContain('\u001b[');
  });
});

describe('exit codes and options as ESLint', () => {
  const withWarning = VALID.replace('updated: 2026-06-01', 'updated: 2020-06-01');

  it('--quiet drops warnings; --max-warnings turns too many into exit 1', () => {
    const dir = tempProject({ 'privrec.yaml': `${CONFIG}rules:\n  review-due: warn\n`, 'r.yaml': withWarning });
    const normal = runCli(['lint', 'r.yaml', ...AS_OF], { cwd: dir });
    expect(normal.status).toBe(0);
    expect(normal.stdout).toContain('warning');
    expect(runCli(['lint', 'r.yaml', '--quiet', ...AS_OF], { cwd: dir }).stdout).toBe('');
    const strict = runCli(['lint', 'r.yaml', '--max-warnings', '0', ...AS_OF], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('too many warnings (1)');
  });

  it('--rule overrides a rule for the run; an unknown rule is a usage error', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'r.yaml': VALID.replace('dpo:\n  email: dpo@agency.europa.example\n', '') });
    expect(runCli(['lint', 'r.yaml', '--rule', 'record-required=off', '--rule', 'notice-complete=off', '--rule', 'dpo-contact=off', ...AS_OF], { cwd: dir }).status).toBe(0);
    const bad = runCli(['lint', 'r.yaml', '--rule', 'no-such-rule=off'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown rule "no-such-rule"');
  });

  it('--concurrency takes a number of threads, auto or off; anything else is a usage error', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'r.yaml': VALID });
    for (const setting of ['1', '2', 'auto', 'off']) expect(runCli(['lint', 'r.yaml', '--concurrency', setting, ...AS_OF], { cwd: dir }).status).toBe(0);
    // No more threads than the work can keep busy: one file is linted here, whatever is asked.
    expect(runCli(['lint', 'r.yaml', '--concurrency', '3', '--debug', ...AS_OF], { cwd: dir }).stderr).toContain('privrec: linted 1 file on 1 thread.');
    for (const setting of ['0', 'two', '-1', '1.5']) {
      const bad = runCli(['lint', 'r.yaml', '--concurrency', setting, ...AS_OF], { cwd: dir });
      expect(bad.status, setting).toBe(2);
      expect(bad.stderr).toContain(`--concurrency takes a number of threads, auto or off, not "${setting}"`);
    }
  });

  it('exit 2 with file:line:column for an invalid config, without a stack trace', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: eudpr\nrules:\n  review-due: sometimes\n', 'r.yaml': VALID });
    const result = runCli(['lint', 'r.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('privrec.yaml');
    expect(result.stderr).toContain('3:15');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 2 with a message, not a stack trace, for an unknown option', () => {
    const result = runCli(['lint', '--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-option'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 2 for a pattern that matches nothing, a missing --config and a bad --as-of', () => {
    const dir = tempProject({ 'r.yaml': VALID });
    expect(runCli(['lint', 'nothing-here/*.yaml'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('No files matching "nothing-here/*.yaml"') });
    expect(runCli(['lint', 'r.yaml', '--config', 'missing.yaml'], { cwd: dir }).status).toBe(2);
    expect(runCli(['lint', 'r.yaml', '--as-of', '2026-02-30'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('YYYY-MM-DD') });
  });

  it('with no argument, lints the records of the nearest config and skips the config itself', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'a/r1.yaml': VALID, 'b/r2.yaml': VALID.replace('agency-042', 'agency-043'), 'node_modules/x/y.yaml': 'not: a record\n' });
    const result = runCli(['lint', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([join(dir, 'a/r1.yaml'), join(dir, 'b/r2.yaml')]);
  });

  it('each bad file is one clear finding: empty, list, binary, multi-document', () => {
    const dir = tempProject({
      // The config's default globs make every YAML file a record, whatever it holds.
      'privrec.yaml': CONFIG,
      'empty.yaml': '',
      'list.yaml': '- a\n- b\n',
      'binary.yaml': Buffer.from([0x00, 0x01, 0x02]),
      'multi.yaml': 'privrec: 1\nid: a\n---\nprivrec: 1\nid: b\n',
    });
    const result = runCli(['lint', '.', '--format', 'json', '--rule', 'record-required=off'], { cwd: dir });
    expect(result.status).toBe(1);
    const byFile = Object.fromEntries(
      (JSON.parse(result.stdout) as { filePath: string; messages: EslintMessage[] }[]).map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]),
    );
    expect(byFile['empty.yaml']).toEqual(['1:1 document']);
    expect(byFile['list.yaml']).toEqual(['1:1 document']);
    expect(byFile['binary.yaml']).toEqual(['1:1 file']);
    expect(byFile['multi.yaml']).toContain('3:1 document');
  });
});
