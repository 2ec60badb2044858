import { GDPR_RECORD, UK_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

/** A UK record whose only data category (lines 4-7) has `special`, `condition` and what follows. */
const data = (special: string, condition: string | undefined, ...more: string[]) =>
  yamlLines(
    'privrec: 1',
    'id: r',
    'personal_data:',
    '  - category: Case file',
    `    special: ${special}`,
    ...(condition ? [`    condition: "${condition}"`] : []),
    ...more.map((line) => `    ${line}`),
  );
const uk = { regime: 'uk-gdpr' as const };

testRule('further-condition', {
  valid: [
    { name: 'the complete UK record: explicit consent needs no Schedule 1 condition', yaml: UK_RECORD, ...uk },
    { name: 'GDPR: no national condition is asked for', yaml: data('health', '9(2)(h)'), ukDiffers: 'the UK asks for a Schedule 1 condition' },
    { name: 'health care under Sch. 1 para. 2, which needs no policy document', yaml: data('health', '9(2)(h)', 'further_condition: Sch. 1 para. 2'), ...uk },
    { name: 'the paragraph read without a space after "para."', yaml: data('health', '9(2)(h)', 'further_condition: Sch. 1 para.2'), ...uk },
    {
      name: 'employment under para. 1, with its policy document',
      yaml: data('health', '9(2)(b)', 'further_condition: paragraph 1', 'policy_document: HR appropriate policy document, intranet'),
      ...uk,
    },
    { name: 'safeguarding under para. 18, with its policy document', yaml: data('health', '9(2)(g)', 'further_condition: "18"', 'policy_document: Safeguarding APD v2'), ...uk },
    { name: 'criminal offence data under a Part 3 condition', yaml: data('criminal-convictions', '10', 'further_condition: Sch. 1 para. 33'), ...uk },
    { name: 'the complete GDPR record', yaml: GDPR_RECORD, ukDiffers: 'its condition 9(2)(a) needs none either way' },
  ],
  invalid: [
    {
      name: 'substantial public interest without its Schedule 1 condition',
      yaml: data('health', '9(2)(g)'),
      ...uk,
      findings: [
        {
          at: '6:16',
          message:
            '"Case file" relies on Art. 9(2)(g) UK GDPR, which s. 10 DPA 2018 makes depend on a condition of Schedule 1 to the Data Protection Act 2018 (DPA 2018 Sch. 1 para. 6 to 28): name it in `further_condition`',
        },
      ],
    },
    {
      name: 'employment under para. 1 without the policy document it requires',
      yaml: data('health', '9(2)(b)', 'further_condition: Sch. 1 para. 1'),
      ...uk,
      findings: [
        {
          at: '7:24',
          message: 'DPA 2018 Sch. 1 para. 1 (employment, social security and social protection) is met only while the controller has an appropriate policy document (DPA 2018 Sch. 1 para. 39)',
        },
      ],
    },
    {
      name: 'a Part 2 condition without a policy document, unless the paragraph provides otherwise',
      yaml: data('health', '9(2)(g)', 'further_condition: para 10'),
      ...uk,
      findings: [{ at: '7:24', message: ', unless the paragraph provides otherwise, for processing under Art. 9(2)(g) UK GDPR' }],
    },
    {
      name: 'a paragraph that does not serve the condition',
      yaml: data('health', '9(2)(h)', 'further_condition: Sch. 1 para. 18'),
      ...uk,
      findings: [{ at: '7:24', message: 'is not a condition of Schedule 1 to the Data Protection Act 2018 that Art. 9(2)(h) UK GDPR can rest on: name one of DPA 2018 Sch. 1 para. 2.' }],
    },
    { name: 'criminal offence data without a Schedule 1 condition', yaml: data('criminal-convictions', '10'), ...uk, findings: [{ at: '6:16', message: 'DPA 2018 Sch. 1 para. 1 to 37' }] },
    { name: 'criminal offence data without any condition: at `special`', yaml: data('criminal-convictions', undefined), ...uk, findings: [{ at: '5:14', message: 'DPA 2018 Sch. 1 para. 1 to 37' }] },
    // A bare number is read as a paragraph only when it stands alone.
    ...['p 2', '2 or 3', 'x2', '2x'].map((text) => ({
      name: `\`further_condition: ${text}\` names no paragraph`,
      yaml: data('health', '9(2)(h)', `further_condition: "${text}"`),
      ...uk,
      findings: [{ at: '7:24', message: `\`${text}\` is not a condition of Schedule 1 to the Data Protection Act 2018` }],
    })),
  ],
});
