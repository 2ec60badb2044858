import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const record = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', ...lines);

testRule('recipient-location', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a processor with `locations` only', yaml: record('processors:', '  - name: Cloud', '    locations: [DE, US]') },
    { name: 'a processor whose party in privrec.yaml has a location', yaml: record('processors:', '  - ref: host'), config: { parties: { host: { name: 'Host', location: 'LU' } } } },
    { name: 'internal and public-authority recipients', yaml: record('recipients:', '  - { name: HR, type: internal }', '  - { name: Court of Auditors, type: union-body }') },
  ],
  invalid: [
    {
      name: 'processors without a name (the schema reports that too)',
      yaml: record('processors:', '  - description: Hosting', '    sub_processors:', '      - description: Backups'),
      findings: [
        { at: '4:5', message: /^Where the processor \(unnamed\) processes/ },
        { at: '6:9', message: /^Where the sub-processor \(unnamed\) of \(unnamed\) processes/ },
      ],
    },
    {
      name: 'a processor with no location ("Google Drive"), the notice rendered',
      yaml: record('processors:', '  - name: Google Drive', '    contract: Terms'),
      findings: [
        {
          at: '4:11',
          message:
            'Where the processor Google Drive processes the data is not recorded: the record cannot show whether the data leave the EU/EEA, which Art. 30(1)(e) GDPR asks it to state and Art. 13(1)(f) GDPR to tell people.',
        },
      ],
    },
    {
      name: 'register-only: the record article alone, under 2018/1725',
      yaml: record('processors:', '  - name: "the Commission\'s contractors"'),
      regime: 'eudpr',
      config: { notices: false },
      findings: [{ at: '4:11', message: /which Art\. 31\(1\)\(e\) of 2018\/1725 asks it to state\. Give/ }],
    },
    {
      name: 'a sub-processor',
      yaml: record('processors:', '  - name: Host', '    location: DE', '    sub_processors:', '      - name: Backup Ltd'),
      findings: [{ at: '7:15', message: 'the sub-processor Backup Ltd of Host' }],
    },
    {
      name: 'a third-party recipient',
      yaml: record('recipients:', '  - name: our hosting provider', '    type: third-party'),
      findings: [{ at: '4:11', message: 'Where the recipient our hosting provider processes' }],
    },
    { name: 'a processor listed as recipient too: once, at the processor', yaml: record('processors:', '  - name: Host', 'recipients:', '  - { name: Host, type: processor }'), findings: ['4:11'] },
  ],
});
