import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'purpose-specific';

const purposes = (...items: string[]) => yamlLines('privrec: 1', 'id: r', 'purposes:', ...items.map((item) => `  - ${item}`));

describe(RULE, () => {
  it('passes the complete records and specific purposes', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, purposes('Other users can find your videos.', 'Administration of the session cookies'))).toEqual([]);
  });

  it('reports placeholder purposes in English, German and French', () => {
    expect(findingsOf(RULE, purposes('Teaching', 'Business purposes.', 'Sonstige Zwecke', 'autres'))).toEqual([
      '5:5 "Business purposes." is not a specified purpose: Art. 5(1)(b) GDPR requires specified, explicit purposes, and Art. 30(1)(b) GDPR lists them in the record. Say what the data is used for.',
      expect.stringMatching(/^6:5 "Sonstige Zwecke" is not a specified purpose/),
      expect.stringMatching(/^7:5 "autres" is not a specified purpose/),
    ]);
  });

  it('cites 2018/1725', () => {
    expect(findingsOf(RULE, purposes('various'), { regime: 'eudpr' })).toEqual([
      '4:5 "various" is not a specified purpose: Art. 4(1)(b) of 2018/1725 requires specified, explicit purposes, and Art. 31(1)(b) of 2018/1725 lists them in the record. Say what the data is used for.',
    ]);
  });
});
