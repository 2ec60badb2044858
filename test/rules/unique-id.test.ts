import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';
import { GDPR_RECORD } from '../rules/records.js';

interface FileMessages {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

/** `file line:column message` of each finding of `ruleId`, linting `files` in `dir` with the built CLI. */
function findings(dir: string, ruleId: string, ...files: string[]): string[] {
  const result = runCli(['lint', ...files, '--format', 'json', '--as-of', '2026-11-28'], { cwd: dir });
  return (JSON.parse(result.stdout) as FileMessages[]).flatMap(({ filePath, messages }) =>
    messages.filter((m) => m.ruleId === ruleId).map((m) => `${filePath.slice(dir.length + 1)} ${m.line}:${m.column} ${m.message}`),
  );
}

/** Two records that share the id `gdpr-example` (line 2 in the first, line 3 in the second). */
function twoRecordsOneId(): string {
  return tempProject({
    'privrec.yaml': 'regime: gdpr\n',
    'records/first.yaml': GDPR_RECORD,
    'records/second.yaml': `# A copy that kept the id of the first.\n${GDPR_RECORD}`,
  });
}

describe('cross-record rules (spawned CLI)', () => {
  it('reports unique-id at the id line of both records, naming the other', () => {
    expect(findings(twoRecordsOneId(), 'unique-id')).toEqual([
      'records/first.yaml 2:5 The id `gdpr-example` is also used by records/second.yaml:3: each record needs its own reference in the register.',
      'records/second.yaml 3:5 The id `gdpr-example` is also used by records/first.yaml:2: each record needs its own reference in the register.',
    ]);
  });

  it('reports unique-id when only one of the records is named (a pre-commit hook)', () => {
    expect(findings(twoRecordsOneId(), 'unique-id', 'records/second.yaml')).toEqual([
      'records/second.yaml 3:5 The id `gdpr-example` is also used by records/first.yaml:2: each record needs its own reference in the register.',
    ]);
  });

  it('reports no unique-id when privrec.yaml or --rule turns it off', () => {
    const dir = twoRecordsOneId();
    writeFileSync(join(dir, 'privrec.yaml'), 'regime: gdpr\nrules:\n  unique-id: off\n');
    expect(findings(dir, 'unique-id', 'records/second.yaml')).toEqual([]);
    expect(findings(twoRecordsOneId(), 'unique-id', 'records/second.yaml', '--rule', 'unique-id=off')).toEqual([]);
  });

  it.each([
    // The other record is glanced at through its first 4 KB: the id may sit further down, across that boundary, or after a byte-order mark.
    ['after 4 KB of comments', `${'# a comment line of forty characters ..\n'.repeat(110)}${GDPR_RECORD}`, 112],
    ['across the 4 KB boundary', `${'#'.repeat(4076)}\n${GDPR_RECORD}`, 3],
    ['first, after a byte-order mark', `\uFEFF${GDPR_RECORD.replace('privrec: 1\nid: gdpr-example\n', 'id: gdpr-example\nprivrec: 1\n')}`, 1],
  ])('finds the id of a record that is not linted when it stands %s', (_, other, line) => {
    const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'records/first.yaml': GDPR_RECORD, 'records/other.yaml': other });
    expect(findings(dir, 'unique-id', 'records/first.yaml')).toEqual([
      `records/first.yaml 2:5 The id \`gdpr-example\` is also used by records/other.yaml:${line}: each record needs its own reference in the register.`,
    ]);
  });

  it('reports party-ref at the `ref` that privrec.yaml does not define', () => {
    const record = GDPR_RECORD.replace('  - name: Example School\n', '  - ref: school\n  - name: Example School\n');
    const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\nparties:\n  board:\n    name: School Board\n', 'video.yaml': record });
    expect(findings(dir, 'party-ref')).toEqual([
      'video.yaml 9:10 `school` is not a party defined in privrec.yaml: the record cannot name this party and its contact details (Art. 30(1)(a) GDPR). Defined parties: board.',
    ]);
  });
});
