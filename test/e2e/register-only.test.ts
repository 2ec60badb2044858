/** A repository that keeps only its register in git (issue 12): Art. 31(1) / 30(1), no notice duties. */
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

/** Every Art. 30(1) item of a company's payroll processing, and nothing a notice would need. */
const PAYROLL = `privrec: 1
id: payroll
title: Payroll
updated: "2026-06-01"
controllers:
  - ref: company
purposes: [Paying salaries and the contributions the law requires]
data_subjects: [Employees]
personal_data:
  - category: Identification and bank details
  - category: Tax and social security data
    source: the tax office's electronic wage tax data
recipients:
  - name: Tax office
    type: public-authority
  - name: Payroll Service GmbH
    type: processor
    location: DE
processors:
  - name: Payroll Service GmbH
    contract: Data processing agreement of 2025-01-10
    location: DE
legal_basis:
  - article: Art. 6 Abs. 1 lit. c DSGVO
transfers: []
retention:
  - data: all
    period: P10Y
    after: the end of the calendar year of the payment
security: [Access limited to the payroll team, encrypted backups]
`;
const CONFIG = `privrec: 1
regime: gdpr
parties:
  company:
    name: Example GmbH
    contact: { email: datenschutz@example-gmbh.de }
    dpo: { email: dsb@example-gmbh.de }
`;

describe('a register-only repository (spawned CLI)', () => {
  it('lints clean when its records meet Art. 30(1): no notice duty is asked', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'records/payroll.yaml': PAYROLL });
    const result = runCli(['lint', '--as-of', '2026-11-28'], { cwd: dir });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('asks for the notice items once the repository renders notices', () => {
    const dir = tempProject({ 'privrec.yaml': `${CONFIG}notices: true\n`, 'records/payroll.yaml': PAYROLL });
    const result = runCli(['lint', '--as-of', '2026-11-28', '--format', 'json'], { cwd: dir });
    const ids = (JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    expect(new Set(ids)).toEqual(new Set(['notice-complete', 'source-required', 'legal-basis-instrument']));
    expect(result.status).toBe(1);
  });

  it('renders its records and register, and no notice', () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, 'records/payroll.yaml': PAYROLL });
    for (const kind of ['record', 'register']) expect(runCli(['render', '--kind', kind, '--out', 'site', '--as-of', '2026-11-28'], { cwd: dir }).status).toBe(0);
    const notice = runCli(['render', '--kind', 'notice', '--out', 'site', '--as-of', '2026-11-28'], { cwd: dir });
    expect(notice.status).toBe(2);
    expect(notice.stderr).toContain('records/payroll.yaml: no notice rendered: the record is register-only: it has no `notice` key and privrec.yaml does not set `notices: true`.');
  });
});
