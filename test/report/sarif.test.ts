import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/sarif.js';
import { ROOT, runCli } from '../helpers.js';
import { RECORD_WITH_PROBLEMS, formatContext, hostileResults } from './helpers.js';
import { gitRepository } from '../git/helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// SARIF 2.1.0 as published (draft-07): test/fixtures/schemas/README.md names the source.
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
    results: Record<string, any>[];
  }[];
}

function expectValidSarif(text: string): SarifLog {
  const log = JSON.parse(text);
  expect(validate(log), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  return log;
}

/** What GitHub code scanning requires beyond the schema (docs: "SARIF support for code scanning"). */
function expectCodeScanningShape(log: SarifLog): void {
  expect(log.runs).toHaveLength(1);
  const { driver } = log.runs[0]!.tool;
  expect(driver.name).toBe('privrec');
  expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(driver.informationUri).toMatch(/^https:\/\//);
  for (const rule of driver.rules) {
    expect(rule.id).toMatch(/^[a-z-]+$/);
    expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
    expect(rule.fullDescription.text).toBeTruthy();
    expect(rule.help.text).toContain(`docs/rules/${rule.id}.md`);
    expect(rule.help.markdown).toContain(`docs/rules/${rule.id}.md`);
    expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
  }
  for (const result of log.runs[0]!.results) {
    expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const location = result.locations[0].physicalLocation;
    expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(location.artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:|\.\.?\/)/i);
    expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}:\d+$/);
  }
}

describe('sarif format', () => {
  let repo: string;
  beforeAll(() => {
    repo = gitRepository({
      'privrec.yaml': 'regime: gdpr\n',
      'records/hr/hr-001.yaml': RECORD_WITH_PROBLEMS,
      'records/hr/copy of hr-001.yaml': RECORD_WITH_PROBLEMS,
    });
  });

  it('is valid SARIF 2.1.0 in the shape GitHub code scanning accepts, paths relative to the git root', () => {
    const cwd = join(repo, 'records');
    const result = runCli(['lint', '--format', 'sarif', '--as-of', '2026-02-01'], { cwd });
    expect(result.status).toBe(1);
    const log = expectValidSarif(result.stdout);
    expectCodeScanningShape(log);
    const uris = log.runs[0]!.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('records/hr/hr-001.yaml');
    expect(uris).toContain('records/hr/copy%20of%20hr-001.yaml');
    expect(log.runs[0]!.results.find((r) => r.ruleId === 'unique-id')?.message.text).toMatch(/hr-001/);
  });

  it('writes the SARIF file with --output-file while another format goes to stdout', () => {
    const result = runCli(['lint', '-f', 'sarif', '-o', 'out/privrec.sarif', '-f', 'json', '--as-of', '2026-02-01'], { cwd: repo });
    expect(JSON.parse(result.stdout)).toBeInstanceOf(Array);
    expectCodeScanningShape(expectValidSarif(readFileSync(join(repo, 'out/privrec.sarif'), 'utf8')));
  });

  it('keeps fingerprints when unrelated lines move the finding', () => {
    const fingerprints = () => {
      const log = expectValidSarif(runCli(['lint', '-f', 'sarif', 'records/hr/hr-001.yaml', '--as-of', '2026-02-01'], { cwd: repo }).stdout);
      return log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.partialFingerprints]);
    };
    const before = fingerprints();
    writeFileSync(join(repo, 'records/hr/hr-001.yaml'), `# a comment\n# and another\n${RECORD_WITH_PROBLEMS}`);
    const after = fingerprints();
    expect(after.map(([ruleId, line]) => [ruleId, (line as number) - 2])).toEqual(before.map(([ruleId, line]) => [ruleId, line]));
    expect(after.map(([, , hash]) => hash)).toEqual(before.map(([, , hash]) => hash));
    writeFileSync(join(repo, 'records/hr/hr-001.yaml'), RECORD_WITH_PROBLEMS);
  });

  it('stays valid with hostile messages and file names, and gives identical findings distinct fingerprints', () => {
    const dir = gitRepository({ 'a b%c#d:e,f.yaml': 'same\nsame\nsame\nsame\nsame\nsame\nsame\nsame\n' });
    const results = hostileResults(dir, ['a b%c#d:e,f.yaml']);
    results[0]!.findings.push({ ...results[0]!.findings[0]! }, { ...results[0]!.findings[0]! });
    const log = expectValidSarif(sarif(results, formatContext(dir)));
    expectCodeScanningShape(log);
    const sarifResults = log.runs[0]!.results;
    expect(sarifResults.map((r) => r.message.text)).toEqual(results[0]!.findings.map((f) => f.message));
    expect(decodeURIComponent(sarifResults[0]!.locations[0].physicalLocation.artifactLocation.uri)).toBe('a b%c#d:e,f.yaml');
    const hashes = sarifResults.map((r) => Object.values(r.partialFingerprints)[0]);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
