import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const processor = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'processors:', ...lines);

testRule('processor-own-purposes', {
  valid: [
    { name: 'a GDPR record', yaml: GDPR_RECORD },
    { name: 'a 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: '`own_purposes: false`', yaml: processor('  - name: Host', '    own_purposes: false') },
  ],
  invalid: [
    {
      name: "processing for the provider's own purposes (DSK video-conferencing guidance)",
      yaml: processor('  - name: Video Provider', '    contract: DPA 2026', '    instructions_only: true', '    own_purposes: true'),
      findings: [
        { at: '7:19', message: "The processor Video Provider also processes the data for purposes of its own: a processor processes only on the controller's instructions (Art. 28(3)(a) GDPR)." },
      ],
    },
    { name: 'under 2018/1725', yaml: processor('  - name: Host', '    own_purposes: true'), regime: 'eudpr', findings: [{ at: '5:19', message: 'Art. 29(3)(a) of 2018/1725' }] },
    {
      name: 'an unnamed processor, by its number from 1',
      yaml: processor('  - name: Host', '  - own_purposes: true'),
      findings: [{ at: '5:19', message: 'The processor no. 2 also processes' }],
    },
  ],
});
