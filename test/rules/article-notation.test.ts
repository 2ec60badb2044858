import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const strict = { config: { preset: 'strict' as const } };
const basis = (article: string) => yamlLines('privrec: 1', 'id: r', 'legal_basis:', `  - article: ${JSON.stringify(article)}`);

testRule('article-notation', {
  valid: [
    { name: 'a complete GDPR record (strict)', yaml: GDPR_RECORD, ...strict },
    { name: 'a complete 2018/1725 record (strict)', yaml: EUDPR_RECORD, regime: 'eudpr', ...strict },
    { name: 'a national notation, in the recommended preset (off)', yaml: basis('Art. 6 Abs. 1 lit. e DSGVO') },
    { name: 'text that is no article: legal-basis-valid says so', yaml: basis('consent of the parents'), ...strict },
  ],
  invalid: [
    {
      name: 'Art. 6 Abs. 1 lit. e DSGVO',
      yaml: basis('Art. 6 Abs. 1 lit. e DSGVO'),
      ...strict,
      findings: [{ at: '4:14', message: '`Art. 6 Abs. 1 lit. e DSGVO` is read as Art. 6(1)(e) GDPR: write `6(1)(e)`' }],
    },
    { name: 'article 6.1.e RGPD', yaml: basis('article 6.1.e RGPD'), ...strict, findings: [{ at: '4:14', message: 'write `6(1)(e)`' }] },
    {
      name: 'a condition under 2018/1725',
      yaml: yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Health', '    special: health', '    condition: Art. 10 (2) (b)'),
      regime: 'eudpr',
      ...strict,
      findings: [{ at: '6:16', message: 'is read as Art. 10(2)(b) of 2018/1725' }],
    },
    {
      name: "a derogation's ground in a transfer",
      yaml: yamlLines('privrec: 1', 'id: r', 'transfers:', '  - country: US', '    recipient: X', '    safeguard:', '      type: derogation', '      ground: Art. 49 Abs. 1 lit. a'),
      ...strict,
      findings: [{ at: '8:15', message: '`Art. 49 Abs. 1 lit. a` is read as Art. 49(1)(a) GDPR: write `49(1)(a)`' }],
    },
  ],
});
