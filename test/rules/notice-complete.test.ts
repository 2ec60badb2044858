import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'notice-complete';

/** What the notice schemas ask for, with an inline controller: lines 1-23; `notice` lines follow. */
const withNotice = (...notice: string[]) =>
  yamlLines(
    'privrec: 1',
    'id: r',
    'controllers:',
    '  - name: Example School',
    '    contact:',
    '      address: School Street 1',
    'purposes:',
    '  - Teaching pupils at a distance.',
    'legal_basis:',
    '  - article: 6(1)(e)',
    'personal_data:',
    '  - category: Video of pupils',
    'recipients: []',
    'transfers: []',
    'retention:',
    '  - data: all',
    '    period: P1Y',
    '    after: the end of the school year',
    'dpo:',
    '  email: dpo@school.example',
    'data_subjects: [Pupils]',
    'security: [Passwords]',
    'automated_decisions: { used: false }',
    ...notice,
  );

const COMPLETE = ['notice:', '  requirement: Taking part is voluntary.', '  complaint_authority:', '    name: State Data Protection Authority'];

describe(RULE, () => {
  it('passes the complete records', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, withNotice(...COMPLETE))).toEqual([]);
  });

  it("reports what the regime's notice schema requires, e.g. the legal basis (EDPS record 69 has none)", () => {
    const yaml = withNotice(...COMPLETE).replace('legal_basis:\n  - article: 6(1)(e)\n', '');
    expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual(['1:1 `legal_basis` is required: Art. 15(1)(c) requires the legal basis for the processing.']);
  });

  it('leaves items the record must hold anyway to record-required, unless that rule is off', () => {
    const yaml = withNotice(...COMPLETE).replace('recipients: []\n', '');
    expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, yaml, { regime: 'eudpr', config: { rules: { 'record-required': 'off' } } })).toEqual([
      '1:1 `recipients` is required: Art. 15(1)(d) requires the recipients or categories of recipients (an empty list states that there are none).',
    ]);
  });

  it('reports a GDPR notice without complaint authority at the `notice` key, and accepts the configured one', () => {
    const yaml = withNotice('notice:', '  requirement: Taking part is voluntary.');
    expect(findingsOf(RULE, yaml)).toEqual([
      '24:1 The notice cannot name the supervisory authority people may complain to (Art. 13(2)(d) GDPR): set `notice.complaint_authority`, or `supervisory_authority` in privrec.yaml for every record.',
    ]);
    expect(findingsOf(RULE, yaml, { config: { supervisoryAuthority: 'state-dpa' } })).toEqual([]);
    expect(findingsOf(RULE, yaml.replace('6(1)(e)', '5(1)(a)'), { regime: 'eudpr' })).toEqual([]);
  });

  it('takes a controller or DPO e-mail, form or web page for exercising rights, and reports a notice with none', () => {
    const noDpo = withNotice(...COMPLETE).replace('dpo:\n  email: dpo@school.example\n', '');
    expect(findingsOf(RULE, noDpo)).toEqual([
      '22:1 The notice has no address for exercising rights (Art. 13(2)(b) GDPR): set `notice.rights_contact`, or give the controller\'s or the DPO\'s e-mail address, form or web page.',
    ]);
    expect(findingsOf(RULE, noDpo.replace('address: School Street 1', 'email: office@school.example'))).toEqual([]);
    expect(findingsOf(RULE, noDpo.replace('address: School Street 1', 'form: https://school.example/privacy-request'))).toEqual([]);
    expect(findingsOf(RULE, noDpo.replace('address: School Street 1', 'url: https://school.example/privacy'))).toEqual([]);
    expect(findingsOf(RULE, noDpo.replace('notice:', 'notice:\n  rights_contact: rights@school.example'))).toEqual([]);
  });

  it('reports a missing statement whether providing the data is required, at the start of the record when there is no notice', () => {
    expect(findingsOf(RULE, withNotice(), { regime: 'eudpr' })).toEqual([
      '1:1 The notice must say whether providing the data is a statutory or contractual requirement, whether people are obliged to provide it and what happens if they do not (Art. 15(2)(e) of 2018/1725): set `notice.requirement`.',
    ]);
  });

  it('does not ask for the requirement statement when no data is obtained from the person', () => {
    const yaml = withNotice('notice:', '  complaint_authority:', '    name: State Data Protection Authority').replace('  - category: Video of pupils\n', '  - category: Video of pupils\n    source: Partner school\n');
    expect(findingsOf(RULE, yaml)).toEqual([]);
  });

  it('reports legitimate interests (GDPR 6(1)(f)) without the interests pursued', () => {
    const yaml = withNotice(...COMPLETE).replace('6(1)(e)', '6(1)(f)');
    expect(findingsOf(RULE, yaml)).toEqual(['10:14 Art. 6(1)(f) GDPR (legitimate interests) is relied on without the `interests` pursued: Art. 13(1)(d) GDPR requires the notice to state them.']);
    expect(findingsOf(RULE, yaml.replace('6(1)(f)', '6(1)(f)\n    interests: Securing the video server.'))).toEqual([]);
  });
});
