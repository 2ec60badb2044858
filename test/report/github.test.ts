import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model.js';
import { github } from '../../src/report/github.js';
import { printable } from '../../src/report/text.js';
import { runCli } from '../helpers.js';
import { HOSTILE_MESSAGES, RECORD_WITH_PROBLEMS, formatContext, hostileResults } from './helpers.js';
import { gitRepository } from '../git/helpers.js';

/**
 * The GitHub runner's parser for `::command key=value,...::data` lines, as ActionCommand.TryParseV2
 * in actions/runner: properties end at the first `::`, split at `,` and the first `=`; the
 * unescaping runs in the runner's order, %25 last.
 */
function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const unescape = (text: string, tokens: [string, string][]) => tokens.reduce((out, [token, escaped]) => out.split(escaped).join(token), text);
  const dataTokens: [string, string][] = [
    ['\r', '%0D'],
    ['\n', '%0A'],
    ['%', '%25'],
  ];
  const propertyTokens: [string, string][] = [
    ['\r', '%0D'],
    ['\n', '%0A'],
    [':', '%3A'],
    [',', '%2C'],
    ['%', '%25'],
  ];
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const equals = pair.indexOf('=');
      if (equals > 0 && equals < pair.length - 1) properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), propertyTokens);
    }
  }
  return { command, properties, data: unescape(message.slice(end + 2), dataTokens) };
}

const lines = (output: string) => output.split('\n').filter(Boolean);

describe('github format', () => {
  it('writes one workflow command per finding that the runner decodes back to the finding', () => {
    const dir = gitRepository({ 'rec, "odd":: 100%.yaml': 'x\n' });
    const results = hostileResults(dir, ['rec, "odd":: 100%.yaml']);
    const output = github(results, formatContext(dir));
    const commands = lines(output).map(parseWorkflowCommand);
    expect(commands).toHaveLength(HOSTILE_MESSAGES.length);
    results[0]!.findings.forEach((finding, index) => {
      expect(commands[index]).toEqual({
        command: finding.severity,
        properties: {
          file: 'rec, "odd":: 100%.yaml',
          line: String(finding.line),
          col: String(finding.column),
          endLine: String(finding.endLine),
          endColumn: String(finding.endColumn),
          title: `privrec ${finding.ruleId}`,
        },
        data: printable(finding.message, { keepLineBreaks: true }),
      });
    });
  });

  it('round-trips any message and file name through the runner, and never starts a second command', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }).map((name) => `${name.replace(/[/\\]/g, '')}::%,:`),
        (message, name) => {
          const results: FileResult[] = [{ filePath: `/repo/${name}`, findings: [{ ruleId: 'schema', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 2 }] }];
          const output = github(results, formatContext('/repo'));
          expect(output.endsWith('\n')).toBe(true);
          expect(output.slice(0, -1)).not.toMatch(/[\r\n]/);
          const command = parseWorkflowCommand(output.slice(0, -1));
          expect(command?.data).toBe(printable(message, { keepLineBreaks: true }));
          expect(command?.properties.file).toBe(printable(name));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is the default format under GitHub Actions, with paths relative to the repository root', () => {
    const repo = gitRepository({ 'privrec.yaml': 'regime: gdpr\n', 'records/hr-001.yaml': RECORD_WITH_PROBLEMS });
    const result = runCli(['lint', '--as-of', '2026-02-01'], { cwd: `${repo}/records`, env: { GITHUB_ACTIONS: 'true' } });
    expect(result.status).toBe(1);
    const commands = lines(result.stdout).map(parseWorkflowCommand);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command?.command).toBe('error');
      expect(command?.properties.file).toBe('records/hr-001.yaml');
    }
    expect(commands.map((c) => c?.data)).toContainEqual(expect.stringContaining('purposes'));
  });
});
