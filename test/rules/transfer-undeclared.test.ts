import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const record = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', ...lines);

testRule('transfer-undeclared', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    {
      name: 'processors in the EU/EEA or with a transfer for their country (UK read as GB)',
      ukDiffers: 'data leaving the UK for the EEA is a transfer',
      yaml: record('processors:', '  - name: Host', '    location: NO', '    locations: [DE, UK]', 'transfers:', '  - country: GB', '    recipient: Host'),
    },
  ],
  invalid: [
    {
      name: 'FADP, which has no chapter on transfers: its articles alone',
      yaml: record('processors:', '  - name: Host', '    location: US', 'transfers: []'),
      regime: 'fadp',
      findings: [
        {
          at: '5:15',
          message:
            'The processor Host is in US, outside Switzerland, but `transfers` states that there are none: a record names each transfer to a third country and its safeguard (Art. 12(2) FADP; Art. 16-18 FADP).',
        },
      ],
    },
    {
      name: 'processors without a name (the schema reports that too)',
      yaml: record('processors:', '  - location: US', '    sub_processors:', '      - location: US', 'transfers: []'),
      findings: [
        { at: '4:15', message: /^The processor \(unnamed\) is in US/ },
        { at: '6:19', message: /^The sub-processor \(unnamed\) of \(unnamed\) is in US/ },
      ],
    },
    {
      name: 'a processor outside the EU/EEA, the record without `transfers`',
      yaml: record('processors:', '  - name: Video Provider Inc.', '    location: US'),
      findings: [
        {
          at: '5:15',
          message:
            'The processor Video Provider Inc. is in US, outside the EU/EEA, but the record has no `transfers`: a record names each transfer to a third country and its safeguard (Art. 30(1) GDPR; Chapter V, Art. 44-50 GDPR).',
        },
      ],
    },
    {
      name: 'each location without an entry in `transfers` (Zoom: US and China), under 2018/1725',
      yaml: record(
        'processors:',
        '  - name: Zoom Video Communications',
        '    location: US',
        '    locations:',
        '      - US',
        '      - CN',
        'transfers:',
        '  - country: US',
        '    recipient: Zoom Video Communications',
      ),
      regime: 'eudpr',
      findings: [
        {
          at: '8:9',
          message:
            'The processor Zoom Video Communications is in CN, outside the EU/EEA, but `transfers` has no entry for CN: a record names each transfer to a third country and its safeguard (Art. 31(1) of 2018/1725; Chapter V, Art. 46-51 of 2018/1725).',
        },
      ],
    },
    {
      name: 'sub-processors and recipients',
      ukDiffers: 'data leaving the UK for the EEA is a transfer',
      yaml: record(
        'processors:',
        '  - name: Host',
        '    location: DE',
        '    sub_processors:',
        '      - name: Support Desk',
        '        location: IN',
        'recipients:',
        '  - name: Auditor',
        '    location: CH',
        'transfers: []',
      ),
      findings: [
        { at: '8:19', message: 'The sub-processor Support Desk of Host is in IN, outside the EU/EEA, but `transfers` states that there are none:' },
        { at: '11:15', message: 'The recipient Auditor is in CH, outside the EU/EEA, but `transfers` states that there are none:' },
      ],
    },
    {
      name: 'a location given in privrec.yaml, at the `ref`',
      yaml: record('processors:', '  - ref: cloud'),
      config: { parties: { cloud: { name: 'Cloud Corp', location: 'US' } } },
      findings: [{ at: '4:10', message: 'The processor Cloud Corp is in US, outside the EU/EEA, but the record has no `transfers`' }],
    },
  ],
});
