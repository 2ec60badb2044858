import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/report/gitlab.js';
import { ROOT, runCli } from '../helpers.js';
import { HOSTILE_MESSAGES, RECORD_WITH_PROBLEMS, formatContext, hostileResults } from './helpers.js';
import { gitRepository } from '../git/helpers.js';

// GitLab's documented Code Quality fields: test/fixtures/schemas/README.md names the source.
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/gitlab-code-quality.json'), 'utf8')));

function expectValidReport(text: string): Record<string, any>[] {
  const report = JSON.parse(text);
  expect(validate(report), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  const fingerprints = report.map((issue: { fingerprint: string }) => issue.fingerprint);
  expect(new Set(fingerprints).size).toBe(fingerprints.length);
  return report;
}

describe('gitlab format', () => {
  it('writes a Code Quality report with paths relative to the repository root', () => {
    const repo = gitRepository({ 'privrec.yaml': 'regime: gdpr\n', 'records/hr-001.yaml': RECORD_WITH_PROBLEMS });
    const result = runCli(['lint', '-f', 'gitlab', '--as-of', '2026-02-01'], { cwd: join(repo, 'records') });
    expect(result.status).toBe(1);
    const report = expectValidReport(result.stdout);
    expect(report.length).toBeGreaterThan(0);
    for (const issue of report) {
      expect(issue.location.path).toBe('records/hr-001.yaml');
      expect(issue.severity).toBe('major');
    }
    expect(report.map((issue) => issue.check_name)).toContain('schema');
  });

  it('keeps hostile messages intact, warnings minor and every fingerprint unique', () => {
    const dir = gitRepository({ 'odd "name".yaml': 'x\n' });
    const results = hostileResults(dir, ['odd "name".yaml']);
    results[0]!.findings.push({ ...results[0]!.findings[0]! });
    const report = expectValidReport(gitlab(results, formatContext(dir)));
    expect(report.map((issue) => issue.description)).toEqual([...HOSTILE_MESSAGES, HOSTILE_MESSAGES[0]]);
    expect(report.map((issue) => issue.severity)).toEqual(results[0]!.findings.map((f) => (f.severity === 'error' ? 'major' : 'minor')));
    expect(report[0]!.location).toEqual({ path: 'odd "name".yaml', lines: { begin: 1, end: 1 } });
  });
});
