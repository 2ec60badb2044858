import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const joint = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'joint_controllers:', ...lines);

testRule('joint-controller-arrangement', {
  valid: [
    { name: 'a GDPR joint controller with its arrangement', yaml: GDPR_RECORD },
    { name: 'no joint controllers (2018/1725)', yaml: EUDPR_RECORD, regime: 'eudpr' },
  ],
  invalid: [
    {
      name: 'no arrangement, at the name',
      yaml: joint('  - name: Example School Board', '    scope: Enrolment'),
      findings: [
        {
          at: '4:11',
          message:
            'No arrangement is recorded with the joint controller Example School Board: joint controllers set out their respective responsibilities in an arrangement (Art. 26 GDPR). Give its reference or essence in `arrangement`.',
        },
      ],
    },
    {
      name: 'a joint controller from privrec.yaml, at its ref, under 2018/1725',
      yaml: joint('  - ref: ep', '    scope: IT infrastructure'),
      regime: 'eudpr',
      config: { parties: { ep: { name: 'European Parliament' } } },
      findings: [
        {
          at: '4:10',
          message: 'No arrangement is recorded with the joint controller European Parliament: joint controllers set out their respective responsibilities in an arrangement (Art. 28 of 2018/1725).',
        },
      ],
    },
    {
      name: 'an unnamed joint controller, by its number from 1, at its entry',
      yaml: joint('  - name: Board', '    arrangement: Agreement of 2026', '  - location: BE'),
      findings: [{ at: '6:5', message: 'the joint controller no. 2:' }],
    },
  ],
});
