import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'transfer-undeclared';

const record = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', ...lines);

describe(RULE, () => {
  it('passes processors and recipients in the EU/EEA or with a transfer for their country', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    const declared = record(
      'processors:',
      '  - name: Host',
      '    location: NO',
      '    locations: [DE, UK]',
      'transfers:',
      '  - country: GB',
      '    recipient: Host',
    );
    expect(findingsOf(RULE, declared)).toEqual([]);
  });

  it('reports a processor outside the EU/EEA when the record has no `transfers`', () => {
    expect(findingsOf(RULE, record('processors:', '  - name: Video Provider Inc.', '    location: US'))).toEqual([
      '5:15 The processor Video Provider Inc. is in US, outside the EU/EEA, but the record has no `transfers`: a record names each transfer to a third country and its safeguard (Art. 30(1) GDPR; Chapter V, Art. 44-50 GDPR).',
    ]);
  });

  it('reports each location without an entry in `transfers` (Zoom: US and China)', () => {
    const yaml = record(
      'processors:',
      '  - name: Zoom Video Communications',
      '    location: US',
      '    locations:',
      '      - US',
      '      - CN',
      'transfers:',
      '  - country: US',
      '    recipient: Zoom Video Communications',
    );
    expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual([
      '8:9 The processor Zoom Video Communications is in CN, outside the EU/EEA, but `transfers` has no entry for CN: a record names each transfer to a third country and its safeguard (Art. 31(1) of 2018/1725; Chapter V, Art. 46-51 of 2018/1725).',
    ]);
  });

  it('reports sub-processors and recipients', () => {
    const yaml = record(
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
    );
    expect(findingsOf(RULE, yaml)).toEqual([
      expect.stringContaining('8:19 The sub-processor Support Desk of Host is in IN, outside the EU/EEA, but `transfers` states that there are none:'),
      expect.stringContaining('11:15 The recipient Auditor is in CH, outside the EU/EEA, but `transfers` states that there are none:'),
    ]);
  });

  it('reports a location given in privrec.yaml at the `ref`', () => {
    const config = { parties: { cloud: { name: 'Cloud Corp', location: 'US' } } };
    expect(findingsOf(RULE, record('processors:', '  - ref: cloud'), { config })).toEqual([
      expect.stringContaining('4:10 The processor Cloud Corp is in US, outside the EU/EEA, but the record has no `transfers`'),
    ]);
  });
});
