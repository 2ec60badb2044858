import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

/** A record whose only data category (lines 4-6) has `special` and, optionally, `condition`. */
const data = (special: string, condition?: string) =>
  yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Case file', `    special: ${special}`, ...(condition ? [`    condition: "${condition}"`] : []));

testRule('special-category-condition', {
  valid: [
    { name: 'FADP: sensitive data needs no condition in the record (no prohibition as in Art. 9 GDPR)', yaml: data('health'), regime: 'fadp' },
    { name: 'UK GDPR: criminal offence data under Art. 10', yaml: data('criminal-convictions', '10'), regime: 'uk-gdpr' },
    { name: 'under two regimes, a condition of the other', yaml: data('health', '6(7)(a)').replace('personal_data:', 'regime: [gdpr, fadp]\npersonal_data:'), ukDiffers: 'names its regimes' },
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'biometric data under 9(2)(j)', yaml: data('biometric', '9(2)(j)') },
    { name: 'a condition in national notation', yaml: data('health', 'Art. 9 Abs. 2 lit. h DSGVO') },
    { name: 'criminal convictions under Art. 10 GDPR', yaml: data('criminal-convictions', '10') },
    { name: 'criminal convictions under Art. 11 of 2018/1725', yaml: data('criminal-convictions', '11'), regime: 'eudpr' },
  ],
  invalid: [
    {
      name: 'a special category without condition, at `special`',
      yaml: data('health'),
      findings: [
        {
          at: '5:14',
          message:
            '"Case file" holds data concerning health, a special category of data (Art. 9(1) GDPR): processing it is prohibited unless a condition of Art. 9 GDPR (9(2)(a) to 9(2)(j)) applies. Name it in `condition`.',
        },
      ],
    },
    {
      name: 'the same under 2018/1725',
      yaml: data('religious-beliefs'),
      regime: 'eudpr',
      findings: [
        {
          at: '5:14',
          message:
            '"Case file" holds religious or philosophical beliefs, a special category of data (Art. 10(1) of 2018/1725): processing it is prohibited unless a condition of Art. 10 of 2018/1725 (10(2)(a) to 10(2)(j)) applies.',
        },
      ],
    },
    {
      name: 'a condition of the other regulation, with its counterpart',
      yaml: data('health', '10(2)(h)'),
      findings: [
        {
          at: '6:16',
          message: 'Art. 10(2)(h) of 2018/1725 is a condition of another regulation: this record is kept under Regulation (EU) 2016/679 (GDPR), where the condition is Art. 9(2)(h) GDPR.',
        },
      ],
    },
    {
      name: 'a GDPR condition in a 2018/1725 record',
      yaml: data('genetic', '9(2)(a)'),
      regime: 'eudpr',
      findings: [{ at: '6:16', message: 'Art. 9(2)(a) GDPR is a condition of another regulation' }],
    },
    {
      name: 'a lawful ground given as condition',
      yaml: data('health', '6(1)(a)'),
      findings: [
        {
          at: '6:16',
          message:
            '`6(1)(a)` is not a condition of Art. 9 GDPR (9(2)(a) to 9(2)(j)) for special categories of data. Art. 6(1)(a) GDPR is a lawful ground; special categories need, in addition, a condition of Art. 9 GDPR.',
        },
      ],
    },
    {
      name: 'a condition that does not exist',
      yaml: data('health', '9(2)(k)'),
      findings: [{ at: '6:16', message: '`9(2)(k)` is not a condition of Art. 9 GDPR (9(2)(a) to 9(2)(j)) for special categories of data.' }],
    },
    {
      name: 'criminal convictions without condition',
      yaml: data('criminal-convictions'),
      findings: [
        {
          at: '5:14',
          message:
            /^"Case file" holds data on criminal convictions and offences or related security measures, which Art\. 10 GDPR allows to be processed only under the control of official authority.*If it is, write `condition: "10"`/,
        },
      ],
    },
    {
      name: 'an Art. 10(2) condition for criminal convictions, which covers special categories only',
      yaml: data('criminal-convictions', '10(2)(g)'),
      regime: 'eudpr',
      findings: [
        {
          at: '6:16',
          message:
            '`10(2)(g)` does not cover "Case file": it holds data on criminal convictions and offences or related security measures, which Art. 11 of 2018/1725 allows to be processed only on the basis of Union law',
        },
      ],
    },
  ],
});
