import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'controller-contact';

const parties = { school: { name: 'Example School' }, board: { name: 'School Board', contact: { address: 'Board Street 2' } } };

describe(RULE, () => {
  it('passes the complete records', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports a controller from privrec.yaml without contact details, at its ref', () => {
    const yaml = yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: school', '  - ref: board');
    expect(findingsOf(RULE, yaml, { config: { parties } })).toEqual([
      '4:10 Example School has no contact details in privrec.yaml (an e-mail or postal address, phone, web address or contact form): Art. 30(1)(a) GDPR requires the controllers\' contact details, and the notice must give them.',
    ]);
  });

  it('reports an empty contact and a joint controller without one; a missing controller contact is left to record-required', () => {
    const yaml = yamlLines(
      'privrec: 1',
      'id: r',
      'controllers:',
      '  - name: Example Agency',
      '    contact: {}',
      '  - name: Other Agency',
      'joint_controllers:',
      '  - name: Partner Agency',
      '    arrangement: Memorandum of 2026-01-10',
    );
    expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual([
      expect.stringMatching(/^5:5 Example Agency has no contact details \(an e-mail .*\): Art\. 31\(1\)\(a\) of 2018\/1725 requires/),
      expect.stringMatching(/^8:11 Partner Agency has no contact details \(/),
    ]);
  });
});
