/**
 * What each output format means, not only its shape: one run writes every format, and each must
 * say what the JSON (ESLint's shape) says: the same findings, severities and positions. A SARIF
 * level of "warning" for an error, or a column off by one, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitRepository } from '../git/helpers.js';
import { runCli } from '../helpers.js';
import { parseXml, type XmlElement } from './xml.js';

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Errors and warnings at distinct lines and columns: a schema error mid-line, a stale date, a missing item. */
const RECORD = `privrec: 1
id: meaning
title: Meaning
updated: "2023-01-01"
controllers:
  - name: Example GmbH
    contact: { email: datenschutz@example-gmbh.de }
    locaton: DE
purposes: [other]
data_subjects: [Staff]
personal_data:
  - category: Logs
recipients: []
transfers:
  - country: UK
    recipient: Support Ltd
    safeguard: { type: adequacy }
retention:
  - data: all
    period: P1Y
    after: collection
`;

const FORMATS = ['json', 'sarif', 'gitlab', 'junit', 'github', 'stylish'] as const;
let dir: string;
let json: JsonMessage[];
const output: Record<string, string> = {};
const key = (m: { severity: string; line: number; column: number; ruleId: string }) => `${m.severity} ${m.line}:${m.column} ${m.ruleId}`;

beforeAll(() => {
  dir = gitRepository({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\n', 'records/m.yaml': RECORD });
  const args = FORMATS.flatMap((format) => ['--format', format, '--output-file', `out.${format}`]);
  const result = runCli(['lint', 'records/m.yaml', '--as-of', '2026-11-28', ...args], { cwd: dir });
  expect(result.status, result.stderr).toBe(1);
  for (const format of FORMATS) output[format] = readFileSync(join(dir, `out.${format}`), 'utf8');
  json = JSON.parse(output.json!)[0].messages;
  expect(json.some((m) => m.severity === 1)).toBe(true);
  expect(json.some((m) => m.severity === 2 && m.column > 1)).toBe(true);
});

const expected = () => json.map((m) => key({ ...m, severity: m.severity === 2 ? 'error' : 'warning' })).sort();

describe('every format says what the JSON says', () => {
  it('SARIF: level per severity, region at the same line and column, end exclusive as ESLint', () => {
    const results = JSON.parse(output.sarif!).runs[0].results as {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
    }[];
    expect(
      results.map((r) => key({ severity: r.level, ruleId: r.ruleId, line: r.locations[0]!.physicalLocation.region.startLine, column: r.locations[0]!.physicalLocation.region.startColumn })).sort(),
    ).toEqual(expected());
    for (const m of json) {
      const result = results.find((r) => r.ruleId === m.ruleId && r.message.text === m.message)!;
      expect(result.locations[0]!.physicalLocation.region).toEqual({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn });
    }
  });

  it('GitLab Code Quality: major for an error, minor for a warning, at the same lines', () => {
    const issues = JSON.parse(output.gitlab!) as { check_name: string; severity: string; description: string; location: { path: string; lines: { begin: number; end: number } } }[];
    for (const m of json) {
      const issue = issues.find((i) => i.check_name === m.ruleId && i.description === m.message)!;
      expect(issue.severity).toBe(m.severity === 2 ? 'major' : 'minor');
      expect(issue.location).toEqual({ path: 'records/m.yaml', lines: { begin: m.line, end: m.endLine } });
    }
    expect(issues).toHaveLength(json.length);
  });

  it('JUnit: the file fails for its errors, one finding a line, with its position and severity', () => {
    const testcase = (parseXml(output.junit!).children[0]!.children as XmlElement[]).find((c) => c.name === 'testcase')!;
    const failure = testcase.children.find((c) => c.name === 'failure')!;
    const errors = json.filter((m) => m.severity === 2).length;
    expect(failure.attributes.message).toBe(`${errors} errors, ${json.length - errors} warning${json.length - errors === 1 ? '' : 's'}`);
    const lines = failure.text.split('\n');
    expect(
      lines
        .map((line) => {
          const [position, severity] = line.split(' ');
          const ruleId = /\(([a-z-]+)\)$/.exec(line)![1]!;
          const [l, c] = position!.split(':');
          return key({ severity: severity!, line: Number(l), column: Number(c), ruleId });
        })
        .sort(),
    ).toEqual(expected());
  });

  it('GitHub annotations: ::error or ::warning at the same position', () => {
    const annotations = output
      .github!.trim()
      .split('\n')
      .map((line) => /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=privrec ([a-z-]+)::/.exec(line)!);
    expect(annotations.map((a) => key({ severity: a[1]!, line: Number(a[3]), column: Number(a[4]), ruleId: a[7]! })).sort()).toEqual(expected());
    expect(new Set(annotations.map((a) => a[2]))).toEqual(new Set(['records/m.yaml']));
  });

  it('stylish: each finding at its line:column with its severity', () => {
    const rows = output.stylish!.split('\n').flatMap((line) => {
      const m = /^\s+(\d+):(\d+)\s+(error|warning)\s+.*\s([a-z-]+)$/.exec(line);
      return m ? [key({ severity: m[3]!, line: Number(m[1]), column: Number(m[2]), ruleId: m[4]! })] : [];
    });
    expect(rows.sort()).toEqual(expected());
  });
});
