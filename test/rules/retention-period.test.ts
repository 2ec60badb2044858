import { describe, expect, it } from 'vitest';
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
    expect(findingsOf(RULE, keeping('    until: the DNA/analysis report is archived'))).toEqual([]);
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
