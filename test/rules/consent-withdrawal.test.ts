import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const record = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', ...lines);
const special = (condition: string, ...basis: string[]) => record('legal_basis:', ...basis, 'personal_data:', '  - category: Health', '    special: health', `    condition: ${condition}`);
const byEmail = record('legal_basis:', '  - article: 6(1)(a)', '    consent:', '      given: By e-mail reply from parents.');

testRule('consent-withdrawal', {
  valid: [
    {
      name: 'FADP: consent that says how it is given; the FADP has no article on withdrawing it',
      yaml: record('legal_basis:', '  - article: 6(6)', '    consent:', '      given: Customers tick a box.'),
      regime: 'fadp',
    },
    { name: 'a GDPR consent that says how it is given and withdrawn', yaml: GDPR_RECORD },
    { name: 'a 2018/1725 consent that says both', yaml: EUDPR_RECORD, regime: 'eudpr' },
    {
      name: 'explicit consent for special categories, a legal basis stating both',
      yaml: special('9(2)(a)', '  - article: 6(1)(e)', '    instrument: School Act', '    consent:', '      given: Form.', '      withdrawal: E-mail.'),
    },
    {
      name: 'explicit consent for special categories, the statements in the second of two legal bases',
      yaml: special(
        '9(2)(a)',
        '  - article: 6(1)(c)',
        '    instrument: School Act',
        '  - article: 6(1)(e)',
        '    instrument: School Act',
        '    consent:',
        '      given: Form.',
        '      withdrawal: E-mail.',
      ),
    },
    { name: 'another condition for special categories', yaml: special('9(2)(h)', '  - article: 6(1)(e)', '    instrument: Health Act') },
    { name: "register-only: how consent is withdrawn is the notice's to say (Art. 7(3), 13(2)(c))", yaml: byEmail, config: { notices: false } },
  ],
  invalid: [
    {
      name: 'a consent ground without statements and explicit consent for special data: said once, at the ground',
      yaml: special('9(2)(a)', '  - article: 6(1)(b)', '  - article: 6(1)(a)'),
      findings: [{ at: '5:14', message: 'Consent (Art. 6(1)(a) GDPR) is relied on without `consent.given` and `consent.withdrawal`' }],
    },
    {
      name: 'FADP: consent without saying how it is given',
      yaml: record('legal_basis:', '  - article: 6(6)'),
      regime: 'fadp',
      findings: [{ at: '4:14', message: 'Consent (Art. 6(6) FADP) is relied on without `consent.given`: the controller must be able to show' }],
    },
    {
      name: 'consent without any `consent` statement, at the article (GDPR)',
      yaml: record('legal_basis:', '  - article: 6(1)(a)'),
      findings: [
        {
          at: '4:14',
          message:
            /^Consent \(Art\. 6\(1\)\(a\) GDPR\) is relied on without `consent\.given` and `consent\.withdrawal`: .*\(Art\. 4\(11\) GDPR, Art\. 7 GDPR\).*as easy as giving it \(Art\. 7\(3\) GDPR\), and the notice must tell of the right to withdraw it \(Art\. 13\(2\)\(c\) GDPR\)\.$/,
        },
      ],
    },
    {
      name: 'a missing withdrawal, at the `consent` key (Dhoon/Laxey: consent by e-mail, no way to withdraw)',
      yaml: byEmail,
      findings: [
        {
          at: '5:5',
          message:
            'Consent (Art. 6(1)(a) GDPR) is relied on without `consent.withdrawal`: withdrawing consent must be as easy as giving it (Art. 7(3) GDPR), and the notice must tell of the right to withdraw it (Art. 13(2)(c) GDPR).',
        },
      ],
    },
    {
      name: 'a missing `consent.given` under 2018/1725',
      yaml: record('legal_basis:', '  - article: 5(1)(d)', '    consent:', '      withdrawal: Untick the box.'),
      regime: 'eudpr',
      findings: [
        {
          at: '5:5',
          message:
            'Consent (Art. 5(1)(d) of 2018/1725) is relied on without `consent.given`: the controller must be able to show that consent was freely given, specific, informed and unambiguous (Art. 3(15) of 2018/1725, Art. 7 of 2018/1725).',
        },
      ],
    },
    {
      name: 'explicit consent for special categories, no legal basis saying how it is given and withdrawn',
      yaml: special('10(2)(a)', '  - article: 5(1)(a)', '    instrument: Staff Regulations'),
      regime: 'eudpr',
      findings: [
        {
          at: '9:16',
          message:
            /^Explicit consent \(Art\. 10\(2\)\(a\) of 2018\/1725\) is relied on for "Health" without `consent\.given` and `consent\.withdrawal`:.*Art\. 15\(2\)\(c\) of 2018\/1725.*Write them in the `consent` of a legal basis\.$/,
        },
      ],
    },
    {
      name: 'an incomplete consent ground with explicit consent: once, at the ground',
      yaml: special('9(2)(a)', '  - article: 6(1)(a)'),
      findings: [{ at: '4:14', message: 'Consent (Art. 6(1)(a) GDPR)' }],
    },
  ],
});
