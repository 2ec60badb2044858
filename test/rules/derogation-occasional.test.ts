import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const transfer = (recipient: string, ...processors: string[]) =>
  yamlLines('privrec: 1', 'id: r', 'processors:', ...processors, 'transfers:', '  - country: US', `    recipient: ${recipient}`, '    safeguard:', '      type: derogation', '      ground: 49(1)(a)');

testRule('derogation-occasional', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a derogation for a one-off transfer to a third party', yaml: transfer('A US court', '  - name: Host', '    location: DE') },
  ],
  invalid: [
    {
      name: "a processor's hosting on explicit consent",
      yaml: transfer('Cloud Inc.', '  - name: Cloud Inc.', '    location: US'),
      findings: [{ at: '10:13', message: 'The transfer to the processor Cloud Inc. rests on a derogation (Art. 49 GDPR), which serves specific, occasional transfers (EDPB Guidelines 2/2018)' }],
    },
  ],
});
