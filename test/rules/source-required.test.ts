import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'source-required';

const data = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'personal_data:', ...lines);

describe(RULE, () => {
  it('passes the complete records', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports a category without source when other data comes from elsewhere (EDPS: directory data from the EP)', () => {
    const yaml = data('  - category: Account data', '  - category: Directory data', '    source:', '      name: EP corporate directory');
    expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual([
      '4:5 `Account data` has no `source` while other data of this record comes from elsewhere: Art. 16(2)(e) of 2018/1725 requires telling people from which source data not obtained from them originates, and whether it was publicly accessible. Name its source, or write `source: data_subject` if people provide it themselves.',
    ]);
    expect(findingsOf(RULE, yaml)[0]).toContain('Art. 14(2)(f) GDPR requires');
  });

  it('does not guess when no category names a source other than the data subject', () => {
    expect(findingsOf(RULE, data('  - category: Account data', '  - category: Log files', '    source: data_subject'))).toEqual([]);
  });

  it('reports a placeholder source, written as text or as a name', () => {
    const yaml = data('  - category: Contacts', '    source: Third party', '  - category: Scores', '    source:', '      name: unknown');
    expect(findingsOf(RULE, yaml)).toEqual([
      '5:13 "Third party" does not name a source: Art. 14(2)(f) GDPR requires telling people from which source data not obtained from them originates, and whether it was publicly accessible. Name the organisation, register or system the data comes from.',
      '8:13 "unknown" does not name a source: Art. 14(2)(f) GDPR requires telling people from which source data not obtained from them originates, and whether it was publicly accessible. Name the organisation, register or system the data comes from.',
    ]);
  });

  it('passes named sources (EMSA: "The data is supplied by the MSs")', () => {
    expect(findingsOf(RULE, data('  - category: Country Profile contact details', '    source:', '      name: EU Member States', '      publicly_accessible: false'))).toEqual([]);
  });
});
