import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const decisions = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'automated_decisions:', ...lines);

testRule('automated-decision-info', {
  valid: [
    { name: 'a GDPR record using no automated decisions', yaml: GDPR_RECORD },
    { name: 'a 2018/1725 record using no automated decisions', yaml: EUDPR_RECORD, regime: 'eudpr' },
    {
      name: 'automated decisions with their logic and significance',
      yaml: decisions('  used: true', '  logic: Points for income and debts.', '  significance: A low score means the loan is refused.'),
    },
    { name: 'profiling without automated decisions', yaml: decisions('  used: false', '  profiling: true') },
    { name: 'register-only: what the notice says is not checked', yaml: decisions('  used: true'), config: { notices: false } },
  ],
  invalid: [
    {
      name: 'a missing significance (GDPR)',
      yaml: decisions('  used: true', '  logic: Points for income and debts.'),
      findings: [
        {
          at: '4:9',
          message:
            'Automated decisions are used but `significance` is missing: Art. 13(2)(f) GDPR requires meaningful information about the logic involved and the significance and envisaged consequences for the person (decisions under Art. 22 GDPR).',
        },
      ],
    },
    {
      name: 'both missing, under 2018/1725',
      yaml: decisions('  used: true'),
      regime: 'eudpr',
      findings: [
        {
          at: '4:9',
          message:
            'Automated decisions are used but `logic` and `significance` are missing: Art. 15(2)(f) of 2018/1725 requires meaningful information about the logic involved and the significance and envisaged consequences for the person (decisions under Art. 24 of 2018/1725).',
        },
      ],
    },
  ],
});
