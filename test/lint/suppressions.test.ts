import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';
import { GDPR_RECORD } from '../rules/records.js';

/** The complete GDPR record, updated long ago (review-due at line 7 once the comment is line 6). */
const withComment = (comment: string) => GDPR_RECORD.replace('updated: "2026-06-01"', `${comment}\nupdated: "2020-01-01"`);

interface Message {
  ruleId: string;
  severity: number;
  line: number;
  column: number;
  message: string;
}

/** Lints the record with the built CLI; `line:column ruleId` of each finding, and the messages. */
function lint(record: string, ...options: string[]): { status: number | null; found: string[]; messages: Message[] } {
  const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'video.yaml': record });
  const result = runCli(['lint', 'video.yaml', '--format', 'json', '--as-of', '2026-11-28', ...options], { cwd: dir });
  const messages = (JSON.parse(result.stdout) as { messages: Message[] }[])[0]!.messages;
  return { status: result.status, found: messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), messages };
}

describe('inline suppressions (spawned CLI)', () => {
  it('reports the finding when there is no comment', () => {
    expect(lint(withComment('# a plain comment')).found).toEqual(['7:10 review-due']);
  });

  it('suppresses the next line’s finding of the named rule when a reason is given', () => {
    const result = lint(withComment('# privrec-disable-next-line review-due -- reviewed in the 2026 audit, ticket 42'));
    expect(result.found).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('suppresses but reports a directive without a reason, as an error', () => {
    const result = lint(withComment('# privrec-disable-next-line review-due'));
    expect(result.found).toEqual(['6:1 suppression']);
    expect(result.messages[0]!.severity).toBe(2);
    expect(result.messages[0]!.message).toContain('Suppression of review-due gives no reason: write `-- <reason>`');
    expect(result.status).toBe(1);
  });

  it('reports a directive that suppresses nothing, and leaves the finding of another rule', () => {
    const result = lint(withComment('  # privrec-disable-next-line purpose-specific -- not about this line'));
    expect(result.found).toEqual(['6:3 suppression', '7:10 review-due']);
    expect(result.messages[0]!.message).toBe('Unused suppression: purpose-specific reports nothing on the next line. Remove the comment.');
  });

  it('ignores the directives with --no-inline-config', () => {
    expect(lint(withComment('# privrec-disable-next-line review-due'), '--no-inline-config').found).toEqual(['7:10 review-due']);
  });
});
