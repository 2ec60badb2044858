import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/report/junit.js';
import { printable } from '../../src/report/text.js';
import { runCli, tempProject } from '../helpers.js';
import { HOSTILE_MESSAGES, RECORD_WITH_PROBLEMS, formatContext, hostileResults } from './helpers.js';
import { gitRepository } from '../git/helpers.js';
import { parseXml, type XmlElement } from './xml.js';
import { requireTool, toolSkipped } from '../tools.js';

/** libxml2's parser as a second opinion (Debian's libxml2-utils, installed by .ci/run); PRIVREC_SKIP_TOOLS=xmllint does without. */
function xmllintAccepts(xml: string): string {
  requireTool('xmllint', 'libxml2-utils');
  const file = join(tempProject({}), 'report.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  return result.status === 0 ? 'ok' : result.stderr;
}

const children = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);

describe('junit format', () => {
  it('is well-formed XML with one test case per file and the hostile text preserved as visible characters', () => {
    const dir = gitRepository({ 'a<b>&"c\'.yaml': 'x\n', 'clean.yaml': 'x\n', 'warned.yaml': 'x\n' });
    const results = hostileResults(dir, ['a<b>&"c\'.yaml']);
    results.push({ filePath: join(dir, 'clean.yaml'), findings: [] });
    results.push({ filePath: join(dir, 'warned.yaml'), findings: [{ ...results[0]!.findings[0]!, severity: 'warning' }] });
    const xml = junit(results, formatContext(dir));
    const root = parseXml(xml);
    if (!toolSkipped('xmllint')) expect(xmllintAccepts(xml)).toBe('ok');

    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const [suite] = children(root, 'testsuite');
    const cases = children(suite!, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(['a<b>&"c\'.yaml', 'clean.yaml', 'warned.yaml']);

    const [failure] = children(cases[0]!, 'failure');
    expect(failure!.attributes.message).toMatch(/^\d+ errors?, \d+ warnings?$/);
    for (const message of HOSTILE_MESSAGES.filter((m) => !m.startsWith('lone'))) expect(failure!.text).toContain(printable(message));
    expect(failure!.text).toContain('lone surrogates \\u{d800} and \\u{dc00}, noncharacters \\u{fffe} \\u{ffff}, emoji 😀');

    expect(cases[1]!.children).toEqual([]);
    expect(children(cases[2]!, 'failure')).toEqual([]);
    expect(children(cases[2]!, 'system-out')[0]!.text).toContain('warning');
  });

  it('writes one finding a line, counts errors and warnings apart, and keeps a tab in a name', () => {
    const finding = (severity: 'error' | 'warning', line: number, message: string) => ({ ruleId: 'schema', severity, message, line, column: 2, endLine: line, endColumn: 3 });
    const xml = junit(
      [{ filePath: '/repo/tab\there.yaml', findings: [finding('error', 1, 'first\nforged line'), finding('error', 2, 'second'), finding('warning', 3, 'third')] }],
      formatContext('/repo'),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="privrec" tests="1" failures="1" errors="0">\n')).toBe(true);
    expect(xml).toContain('name="tab&#9;here.yaml"');
    const failure = children(children(children(parseXml(xml), 'testsuite')[0]!, 'testcase')[0]!, 'failure')[0]!;
    expect(failure.attributes.message).toBe('2 errors, 1 warning');
    expect(failure.text.split('\n')).toEqual(['1:2 error first\\u{a}forged line (schema)', '2:2 error second (schema)', '3:2 warning third (schema)']);
  });

  it('stays well-formed for any message and file name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (message, name) => {
        const xml = junit(
          [{ filePath: `/repo/${name.replace(/[/\\]/g, '')}x`, findings: [{ ruleId: 'schema', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 2 }] }],
          formatContext('/repo'),
        );
        const root = parseXml(xml);
        expect(children(children(root, 'testsuite')[0]!, 'testcase')).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });

  it('reports every linted record of the CLI run as a test case', () => {
    const repo = gitRepository({ 'privrec.yaml': 'regime: gdpr\n', 'records/bad.yaml': RECORD_WITH_PROBLEMS, 'records/also-bad.yaml': RECORD_WITH_PROBLEMS.replace('hr-001', 'hr-002') });
    const result = runCli(['lint', '-f', 'junit', '-o', 'reports/junit.xml', '--as-of', '2026-02-01'], { cwd: repo });
    expect(result.status).toBe(1);
    const root = parseXml(readFileSync(join(repo, 'reports/junit.xml'), 'utf8'));
    expect(root.attributes).toMatchObject({ tests: '2', failures: '2' });
    const names = children(children(root, 'testsuite')[0]!, 'testcase').map((c) => c.attributes.name);
    expect(names.sort()).toEqual(['records/also-bad.yaml', 'records/bad.yaml']);
  });
});
