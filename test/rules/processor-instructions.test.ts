import { GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const processor = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'processors:', ...lines);
const strict = { config: { preset: 'strict' as const } };

testRule('processor-instructions', {
  valid: [
    { name: 'instructions_only: true', yaml: GDPR_RECORD, ...strict },
    { name: 'off in the recommended preset: the record need not restate Art. 28(3)(a)', yaml: processor('  - name: Host', '    contract: DPA 2026') },
  ],
  invalid: [
    {
      name: 'not stated, at the name, under strict',
      yaml: processor('  - name: Zoom Video Communications', '    contract: DPA'),
      ...strict,
      findings: [
        { at: '4:11', message: "The record does not state that the processor Zoom Video Communications processes the data only on the controller's documented instructions (Art. 28(3)(a) GDPR)" },
      ],
    },
    {
      name: '`instructions_only: false`, at that key, under 2018/1725',
      yaml: processor('  - name: Host', '    contract: FWC 1', '    instructions_only: false'),
      regime: 'eudpr',
      ...strict,
      findings: [{ at: '6:24', message: '(Art. 29(3)(a) of 2018/1725)' }],
    },
    {
      name: 'an unnamed processor, by its number from 1, at its entry',
      yaml: processor('  - name: Host', '    contract: DPA 2026', '    instructions_only: true', '  - contract: DPA 2027'),
      ...strict,
      findings: [{ at: '7:5', message: 'the processor no. 2 processes' }],
    },
  ],
});
