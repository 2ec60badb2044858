import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

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

const noDpo = withNotice(...COMPLETE).replace('dpo:\n  email: dpo@school.example\n', '');
const withoutComplaintAuthority = withNotice('notice:', '  requirement: Taking part is voluntary.');
const legitimateInterests = withNotice(...COMPLETE).replace('6(1)(e)', '6(1)(f)');
const withoutRecipients = withNotice(...COMPLETE).replace('recipients: []\n', '');

testRule('notice-complete', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'what the notice schemas ask for, and a notice', yaml: withNotice(...COMPLETE) },
    { name: 'items the record must hold anyway: left to record-required', yaml: withoutRecipients, regime: 'eudpr' },
    { name: 'the complaint authority configured in privrec.yaml', yaml: withoutComplaintAuthority, config: { supervisoryAuthority: 'state-dpa' } },
    { name: 'the complaint authority under 2018/1725: always the EDPS', yaml: withoutComplaintAuthority.replace('6(1)(e)', '5(1)(a)'), regime: 'eudpr' },
    { name: "rights exercised at the controller's e-mail", yaml: noDpo.replace('address: School Street 1', 'email: office@school.example') },
    { name: "rights exercised through the controller's form", yaml: noDpo.replace('address: School Street 1', 'form: https://school.example/privacy-request') },
    { name: "rights exercised through the controller's web page", yaml: noDpo.replace('address: School Street 1', 'url: https://school.example/privacy') },
    { name: 'rights exercised at `notice.rights_contact`', yaml: noDpo.replace('notice:', 'notice:\n  rights_contact: rights@school.example') },
    {
      name: 'no requirement statement when no data is obtained from the person',
      yaml: withNotice('notice:', '  complaint_authority:', '    name: State Data Protection Authority').replace(
        '  - category: Video of pupils\n',
        '  - category: Video of pupils\n    source: Partner school\n',
      ),
    },
    { name: 'legitimate interests with the interests pursued', yaml: legitimateInterests.replace('6(1)(f)', '6(1)(f)\n    interests: Securing the video server.') },
    { name: 'register-only: no notice, no notice duties (EDPS register)', yaml: withNotice().replace('legal_basis:\n  - article: 6(1)(e)\n', ''), regime: 'eudpr', config: { notices: false } },
  ],
  invalid: [
    {
      name: "what the regime's notice schema requires, e.g. the legal basis",
      yaml: withNotice(...COMPLETE).replace('legal_basis:\n  - article: 6(1)(e)\n', ''),
      regime: 'eudpr',
      findings: [{ at: '1:1', message: '`legal_basis` is required: Art. 15(1)(c) of 2018/1725 requires the legal basis for the processing.' }],
    },
    {
      name: 'whether automated decision-making exists',
      yaml: withNotice(...COMPLETE).replace('automated_decisions: { used: false }\n', ''),
      findings: [{ at: '1:1', message: '`automated_decisions` is required: Art. 13(2)(f) GDPR requires the existence of automated decision-making' }],
    },
    {
      name: 'an item the record must hold anyway, record-required off',
      yaml: withoutRecipients,
      regime: 'eudpr',
      config: { rules: { 'record-required': 'off' } },
      findings: [{ at: '1:1', message: '`recipients` is required: Art. 15(1)(d) of 2018/1725 requires the recipients or categories of recipients (an empty list states that there are none).' }],
    },
    {
      name: 'a GDPR notice without complaint authority, at the `notice` key',
      ukDiffers: 'the ICO is the authority of every UK notice',
      yaml: withoutComplaintAuthority,
      findings: [
        {
          at: '24:1',
          message:
            'The notice cannot name the supervisory authority people may complain to (Art. 13(2)(d) GDPR): set `notice.complaint_authority`, or `supervisory_authority` in privrec.yaml for every record.',
        },
      ],
    },
    {
      name: 'no address for exercising rights',
      yaml: noDpo,
      findings: [
        {
          at: '22:1',
          message: "The notice has no address for exercising rights (Art. 13(2)(b) GDPR): set `notice.rights_contact`, or give the controller's or the DPO's e-mail address, form or web page.",
        },
      ],
    },
    {
      name: 'no statement whether providing the data is required, at the start of the record when there is no notice',
      yaml: withNotice(),
      regime: 'eudpr',
      findings: [
        {
          at: '1:1',
          message:
            'The notice must say whether providing the data is a statutory or contractual requirement, whether people are obliged to provide it and what happens if they do not (Art. 15(2)(e) of 2018/1725): set `notice.requirement`.',
        },
      ],
    },
    {
      name: 'no requirement statement, some data from the person and some from elsewhere',
      yaml: withNotice('notice:', '  complaint_authority:', '    name: State Data Protection Authority').replace(
        '  - category: Video of pupils\n',
        '  - category: Video of pupils\n    source: Partner school\n  - category: Names of pupils\n',
      ),
      findings: [{ at: '26:1', message: 'set `notice.requirement`' }],
    },
    {
      name: 'no requirement statement, no data categories listed: the data is taken to come from the person',
      yaml: withNotice('notice:', '  complaint_authority:', '    name: State Data Protection Authority').replace('personal_data:\n  - category: Video of pupils\n', ''),
      findings: [{ at: '22:1', message: 'set `notice.requirement`' }],
    },
    {
      name: 'legitimate interests (GDPR 6(1)(f)) without the interests pursued',
      yaml: legitimateInterests,
      findings: [{ at: '10:14', message: 'Art. 6(1)(f) GDPR (legitimate interests) is relied on without the `interests` pursued: Art. 13(1)(d) GDPR requires the notice to state them.' }],
    },
  ],
});
