import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

const VALID_GDPR = `privrec: 1
id: hr-001
title: Staff directory
updated: 2026-01-15
controllers:
  - name: ACME GmbH
    contact: { email: privacy@acme.example }
dpo: { email: dpo@acme.example }
purposes: [Internal staff directory]
legal_basis:
  - article: 6(1)(b)
data_subjects: [Staff]
personal_data:
  - category: Identification
    items: [name, work e-mail]
recipients: []
transfers: []
retention:
  - data: all
    period: P3M
    after: the end of employment
security: [Access control]
notice:
  requirement: Providing the data is part of the employment contract.
  complaint_authority: { name: Example supervisory authority }
`;

describe('privrec lint (spawned CLI)', () => {
  it('exits 0 and prints nothing for a clean record', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'hr-001.yaml': VALID_GDPR });
    const result = runCli(['lint', 'hr-001.yaml', '--as-of', '2026-02-01'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('reports a misspelled key at its line and column and exits 1', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: gdpr\n', 'r.yaml': VALID_GDPR.replace('purposes:', 'purpose:') });
    const result = runCli(['lint', 'r.yaml', '--format', 'json', '--as-of', '2026-02-01'], { cwd: dir });
    expect(result.status).toBe(1);
    const [file] = JSON.parse(result.stdout);
    expect(file.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'schema', line: 9, column: 1, message: expect.stringContaining('Did you mean `purposes`?') }),
    );
  });

  it('exits 2 with a message, not a stack trace, for an unknown option', () => {
    const result = runCli(['lint', '--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
