import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const parties = { config: { parties: { school: { name: 'Example School' }, board: { name: 'School Board', contact: { address: 'Board Street 2' } } } } };
const byRef = yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: school', '  - ref: board');

testRule('controller-contact', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a controller without contact: left to record-required', yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - name: Other Agency'), regime: 'eudpr' },
    {
      name: 'a ref to a party privrec.yaml does not define: left to party-ref, once per mistake',
      yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: nobody'),
      ...parties,
    },
  ],
  invalid: [
    {
      name: 'a controller from privrec.yaml without contact details, at its ref',
      yaml: byRef,
      ...parties,
      findings: [
        {
          at: '4:10',
          message:
            "Example School has no contact details in privrec.yaml (an e-mail or postal address, phone, web address or contact form): Art. 30(1)(a) GDPR requires the controllers' contact details, and the notice must give them.",
        },
      ],
    },
    {
      name: 'register-only: no word of the notice',
      yaml: byRef,
      config: { ...parties.config, notices: false },
      findings: [{ at: '4:10', message: "Art. 30(1)(a) GDPR requires the controllers' contact details." }],
    },
    {
      name: 'an empty contact and a joint controller without one',
      yaml: yamlLines(
        'privrec: 1',
        'id: r',
        'controllers:',
        '  - name: Example Agency',
        '    contact: {}',
        'joint_controllers:',
        '  - name: Partner Agency',
        '    arrangement: Memorandum of 2026-01-10',
      ),
      regime: 'eudpr',
      findings: [
        { at: '5:5', message: /^Example Agency has no contact details \(an e-mail .*\): Art\. 31\(1\)\(a\) of 2018\/1725 requires/ },
        { at: '7:11', message: /^Partner Agency has no contact details \(/ },
      ],
    },
    {
      name: 'an unnamed joint controller without contact details, as "This party"',
      yaml: yamlLines('privrec: 1', 'id: r', 'joint_controllers:', '  - arrangement: Agreement of 2026'),
      findings: [{ at: '4:5', message: 'This party has no contact details (an e-mail' }],
    },
  ],
});
