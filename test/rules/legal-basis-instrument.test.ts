import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const basis = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'legal_basis:', ...lines);

testRule('legal-basis-instrument', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'GDPR grounds that need no instrument', yaml: basis('  - article: 6(1)(b)', '  - article: 6(1)(f)') },
    { name: 'a 2018/1725 ground that needs none', yaml: basis('  - article: 5(1)(c)'), regime: 'eudpr' },
    { name: 'a ground of the other regulation: left to legal-basis-valid', yaml: basis('  - article: 5(1)(a)') },
    { name: 'register-only: the law need not be named in the record (Art. 30(1) asks for no legal basis)', yaml: basis('  - article: 6(1)(c)'), config: { notices: false } },
  ],
  invalid: [
    {
      name: 'FADP: a federal body without the law, which the FADP does not ask the notice to name',
      yaml: basis('  - article: 34(1)'),
      regime: 'fadp',
      findings: [{ at: '4:14', message: /\(Art\. 34\(1\) FADP\): name the law and provision the processing rests on in `instrument`\.$/ }],
    },
    {
      name: 'a legal obligation without instrument (GDPR)',
      yaml: basis('  - article: 6(1)(c)', '  - article: 6(1)(e)', '    instrument: School Act, section 1'),
      findings: [
        {
          at: '4:14',
          message:
            'Art. 6(1)(c) GDPR (legal obligation) must be laid down in law (Art. 6(3) GDPR), and the notice tells people the legal basis (Art. 13(1)(c) GDPR): name the law and provision the processing rests on in `instrument`.',
        },
      ],
    },
    {
      name: 'a public task with an explanation but no instrument',
      yaml: basis('  - article: 6(1)(e)', '    explanation: Our public task.'),
      findings: [{ at: '4:14', message: 'Art. 6(1)(e) GDPR (public task) must be laid down in law (Art. 6(3) GDPR)' }],
    },
    { name: 'a ground in national notation, read as 6(1)(e)', yaml: basis('  - article: Art. 6 Abs. 1 lit. e DSGVO'), findings: [{ at: '4:14', message: 'Art. 6(1)(e) GDPR (public task)' }] },
    {
      name: 'both grounds under 2018/1725',
      yaml: basis('  - article: 5(1)(a)', '  - article: 5(1)(b)'),
      regime: 'eudpr',
      findings: [
        { at: '4:14', message: 'Art. 5(1)(a) of 2018/1725 (public task) must be laid down in law (Art. 5(2) of 2018/1725)' },
        { at: '5:14', message: 'Art. 5(1)(b) of 2018/1725 (legal obligation) must be laid down in law (Art. 5(2) of 2018/1725)' },
      ],
    },
  ],
});
