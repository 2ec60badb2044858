import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const processor = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'processors:', ...lines);
const hosting = { config: { parties: { host: { name: 'Hosting Ltd' } } } };

testRule('processor-contract', {
  valid: [
    { name: 'a GDPR processor with its contract', yaml: GDPR_RECORD },
    { name: 'a 2018/1725 processor with its contract', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'the contract named, the instructions term not restated (no article asks for it)', yaml: processor('  - name: Host', '    contract: DPA 2026') },
  ],
  invalid: [
    {
      name: 'no contract, at the name (Zoom)',
      yaml: processor('  - name: Zoom Video Communications', '    location: US'),
      findings: [
        {
          at: '4:11',
          message:
            'No contract is recorded for the processor Zoom Video Communications: processing by a processor is governed by a contract or other legal act (Art. 28(3) GDPR). Give its reference in `contract`.',
        },
      ],
    },
    {
      name: 'a processor from privrec.yaml, at its ref, under 2018/1725',
      yaml: processor('  - ref: host', '    instructions_only: true'),
      regime: 'eudpr',
      ...hosting,
      findings: [{ at: '4:10', message: 'No contract is recorded for the processor Hosting Ltd: processing by a processor is governed by a contract or other legal act (Art. 29(3) of 2018/1725).' }],
    },
    {
      name: 'an unnamed processor, by its number from 1, at its entry',
      yaml: processor('  - name: Host', '    contract: DPA 2026', '  - location: US'),
      findings: [{ at: '6:5', message: 'for the processor no. 2:' }],
    },
  ],
});
