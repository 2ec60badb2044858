import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const bases = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'legal_basis:', ...lines);

testRule('regime-citation', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a GDPR record citing the GDPR (VCRP)', yaml: bases('  - article: 6(1)(e)', '    instrument: Art. 6 (3) sentence 1 lit. b GDPR i.V. m. § 3 LDSG') },
    { name: 'GDPR Art. 3(2), which exists', yaml: bases('  - article: 6(1)(b)', '    explanation: The GDPR applies under Art. 3(2).') },
    { name: 'GDPR Art. 6(4), a paragraph of another article than the definitions', yaml: bases('  - article: 6(1)(b)', '    explanation: Further processing is assessed under Art. 6(4).') },
    { name: 'free text outside the legal basis may name the other regulation', yaml: yamlLines('privrec: 1', 'id: r', 'description: The provider is itself subject to the GDPR.'), regime: 'eudpr' },
  ],
  invalid: [
    {
      name: 'an FADP record citing the DSGVO: the FADP\'s "DSG" is not read inside "DSGVO"',
      yaml: bases('  - article: 31(1)', '    explanation: Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.'),
      regime: 'fadp',
      findings: [{ at: '5:18', message: /^"DSGVO" names Regulation \(EU\) 2016\/679/ }],
    },
    {
      name: 'a 2018/1725 record citing a GDPR ground that it has no counterpart for',
      yaml: bases('  - article: 5(1)(a)', '    explanation: Art. 6(1)(f) GDPR.'),
      regime: 'eudpr',
      findings: [
        { at: '5:18', message: '(`regime: eudpr`): Art. 6(1)(f) GDPR has no counterpart in Regulation (EU) 2018/1725. Cite EUDPR articles (its lawful grounds are in Art. 5(1) of 2018/1725)' },
      ],
    },
    {
      name: 'a 2018/1725 record citing a GDPR article that is no ground: the regulation named, no counterpart',
      yaml: bases('  - article: 5(1)(a)', '    explanation: Principles of Art. 5 GDPR.'),
      regime: 'eudpr',
      findings: [{ at: '5:18', message: '(`regime: eudpr`). Cite EUDPR articles (its lawful grounds are in Art. 5(1) of 2018/1725), or set `regime: gdpr`' }],
    },
    {
      name: 'two GDPR grounds in one text, each with its counterpart',
      yaml: bases('  - article: 5(1)(a)', '    explanation: Art. 6(1)(c) and Art. 6(1)(e) GDPR.'),
      regime: 'eudpr',
      findings: [{ at: '5:18', message: ': Art. 6(1)(c) GDPR corresponds to Art. 5(1)(b) of 2018/1725; Art. 6(1)(e) GDPR corresponds to Art. 5(1)(a) of 2018/1725.' }],
    },
    {
      name: '"Art. 3(4)", the first paragraph the GDPR\'s Art. 3 lacks, without a word of consent',
      yaml: bases('  - article: 6(1)(b)', '    explanation: Recipients within the meaning of Art. 3(4).'),
      findings: [{ at: '5:18', message: /^Art\. 3\(4\) does not exist in Regulation \(EU\) 2016\/679 \(GDPR\): its Art\. 3 ends at paragraph 3\. .* are defined in Art\. 4 GDPR\.$/ }],
    },
    {
      name: 'a 2018/1725 record citing a GDPR ground in its explanation, with the counterpart',
      yaml: bases('  - article: 5(1)(a)', '    explanation: Processing is lawful under Art. 6(1)(e) GDPR.'),
      regime: 'eudpr',
      findings: [
        {
          at: '5:18',
          message:
            /^"GDPR" names Regulation \(EU\) 2016\/679.*, but this record is kept under Regulation \(EU\) 2018\/1725.* \(`regime: eudpr`\): Art\. 6\(1\)\(e\) GDPR corresponds to Art\. 5\(1\)\(a\) of 2018\/1725\./,
        },
      ],
    },
    {
      name: 'a GDPR record citing Regulation 2018/1725 in its instrument',
      yaml: bases('  - article: 6(1)(c)', '    instrument: Article 5(1)(b) of Regulation (EU) 2018/1725'),
      findings: [{ at: '5:17', message: 'Art. 5(1)(b) of 2018/1725 corresponds to Art. 6(1)(c) GDPR' }],
    },
    {
      name: '"Art. 3(11)" for consent in a GDPR record: one finding, with the right citation',
      yaml: bases('  - article: 6(1)(a)', '    consent:', '      given: Consent within the meaning of Art. 3(11) is asked at registration.'),
      findings: [
        {
          at: '6:14',
          message:
            "Art. 3(11) does not exist in Regulation (EU) 2016/679 (GDPR): its Art. 3 ends at paragraph 3. The numbering is another regulation's; this record's terms are defined in Art. 4 GDPR; consent is defined in Art. 4(11) GDPR.",
        },
      ],
    },
    {
      name: '"Art. 4(11)" in a 2018/1725 record',
      yaml: yamlLines('privrec: 1', 'id: r', 'description: Consent as defined in Art. 4(11).'),
      regime: 'eudpr',
      findings: [{ at: '3:14', message: 'consent is defined in Art. 3(15) of 2018/1725' }],
    },
  ],
});
