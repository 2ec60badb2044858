import { describe, expect, it } from 'vitest';
import { testRule } from './rule-tester.js';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'retention-period';

/** A record with one data category, Logs, kept as `retention` says (lines 5 on). */
const keeping = (...retention: string[]) => yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Logs', 'retention:', '  - data: Logs', ...retention);

describe(RULE, () => {
  it('passes the complete records', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('passes a period with its event, or an event alone', () => {
    expect(findingsOf(RULE, keeping('    period: P7D', '    after: the sending process'))).toEqual([]);
    expect(findingsOf(RULE, keeping('    until: the end of the contract'))).toEqual([]);
  });

  it('reports an entry with no time limit and quotes a vague note (Dhoon/Laxey: "N/A")', () => {
    expect(findingsOf(RULE, keeping('    note: "N/A – up to individuals to delete their accounts as they see fit"'))).toEqual([
      '6:5 The retention of `Logs` has no time limit (its note says "n/a"): Art. 30(1)(f) GDPR asks for the time limits for erasure, and Art. 13(2)(a) GDPR for the storage period or the criteria that determine it. Give a `period` (e.g. P6M) and the event it runs `after`, or the event `until` which the data is kept.',
    ]);
  });

  it('cites 2018/1725 in an eudpr record', () => {
    const [finding] = findingsOf(RULE, keeping('    note: Cookies can be deleted by the user.'), { regime: 'eudpr' });
    expect(finding).toMatch(/^6:5 The retention of `Logs` has no time limit: Art\. 31\(1\)\(f\) of 2018\/1725 asks .* Art\. 15\(2\)\(a\) of 2018\/1725 /);
  });

  it.each([
    ['it is no longer needed to achieve the purpose for which it was collected', 'no longer needed'],
    ['as long as necessary', 'as long as necessary'],
    ['Kept indefinitely.', 'indefinitely'],
    ['solange erforderlich', 'solange erforderlich'],
    ['so lange wie nötig', 'so lange wie nötig'],
    ['aussi longtemps que nécessaire', 'aussi longtemps que nécessaire'],
  ])('reports the vague event "%s"', (event, phrase) => {
    expect(findingsOf(RULE, keeping(`    until: ${event}`))).toEqual([
      `7:12 "${phrase}" is not a time limit: Art. 30(1)(f) GDPR asks for the time limits for erasure, and Art. 13(2)(a) GDPR for the storage period or the criteria that determine it. Name the event, e.g. "the end of the contract", or give a \`period\`.`,
    ]);
  });

  it('reports a vague event beside a period, and only once', () => {
    expect(findingsOf(RULE, keeping('    period: P1Y', '    after: no longer necessary'))).toEqual([expect.stringMatching(/^8:12 "no longer necessary" is not a time limit/)]);
  });

  it('does not mistake words that merely contain a vague phrase', () => {
    expect(findingsOf(RULE, keeping('    until: the DNA/analysis report is delivered'))).toEqual([]);
  });

  it('reports a category that no entry covers and a name that is no category, matching case-insensitively', () => {
    const yaml = yamlLines(
      'privrec: 1',
      'id: r',
      'personal_data:',
      '  - category: Access data',
      '  - category: Log files',
      'retention:',
      '  - data: [access DATA, Logfiles]',
      '    period: P7D',
      '    after: the session',
    );
    expect(findingsOf(RULE, yaml)).toEqual([
      '5:15 No retention entry covers `Log files`: Art. 30(1)(f) GDPR asks for the time limit of each category of data. Name it in `retention[].data` as written here, or use `all`.',
      '7:25 `Logfiles` is not a category of `personal_data`: name the category as written there, or `all`.',
    ]);
  });

  it('lets `all` cover every category', () => {
    const yaml = yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Access data', 'retention:', '  - data: all', '    period: P7D', '    after: collection');
    expect(findingsOf(RULE, yaml)).toEqual([]);
  });
});

testRule(RULE, {
  valid: [
    { name: 'an open-ended event with a maximum period', yaml: keeping('    period: P2Y', '    until: the user requests deletion') },
    { name: 'a period that runs after archiving', yaml: keeping('    period: P10Y', '    after: the file is archived') },
    { name: 'an event the controller decides', yaml: keeping('    until: the end of the training course') },
  ],
  invalid: [
    { name: 'until the user requests deletion', yaml: keeping('    until: the user requests deletion'), findings: [{ at: '7:12', message: 'Kept until "the user requests deletion", an event that may never come or that the controller does not decide ("requests deletion")' }] },
    { name: 'until de-installation or upgrade (EDPS, Cisco Jabber)', yaml: keeping('    until: de-installation or upgrade of the client'), findings: [{ at: '7:12', message: 'Add the maximum `period`' }] },
    { name: 'while the account is active', yaml: keeping('    until: while the account is active'), findings: ['7:12'] },
    { name: 'until overwritten', yaml: keeping('    until: the log is overwritten'), findings: ['7:12'] },
    { name: "per the provider's retention practices", yaml: keeping("    until: deleted per the provider's retention practices"), findings: ['7:12'] },
    { name: 'archived after 10 years: archiving is not erasure', yaml: keeping('    until: archived after 10 years'), findings: [{ at: '7:12', message: '"archived": archiving keeps the data, it is not erasure' }] },
    { name: '`period: N/A` gets the retention explanation, not a schema error', yaml: keeping('    period: N/A'), findings: [{ at: '7:13', message: '"n/a" is not a time limit: Art. 30(1)(f) GDPR asks for the time limits for erasure' }] },
    { name: '`period: as long as necessary`', yaml: keeping('    period: as long as necessary'), findings: [{ at: '7:13', message: '"as long as necessary" is not a time limit' }] },
    { name: '`period: 6 months`: did you mean P6M', yaml: keeping('    period: 6 months', '    after: collection'), findings: [{ at: '7:13', message: '`period: 6 months` is not an ISO 8601 duration: did you mean `P6M`?' }] },
    { name: '`period: 10 Jahre`', yaml: keeping('    period: 10 Jahre', '    after: Ende des Vertrags'), findings: [{ at: '7:13', message: 'did you mean `P10Y`?' }] },
    { name: 'register-only: the record article alone', yaml: keeping('    until: as long as necessary'), config: { notices: false }, findings: [{ at: '7:12', message: /asks for the time limits for erasure\. Name the event/ }] },
  ],
});
