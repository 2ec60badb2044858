import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import type { Regime } from '../../src/model.js';
import { testRule } from './rule-tester.js';

const basis = (article: string) => yamlLines('privrec: 1', 'id: r', 'legal_basis:', `  - article: "${article}"`);
const authority = (controller: string[]) =>
  yamlLines('privrec: 1', 'id: r', 'controllers:', ...controller, 'legal_basis:', '  - article: 6(1)(e)', '    instrument: School Act', '  - article: 6(1)(f)');
const basisIn = (regime: Regime, article: string) => ({ regime, yaml: basis(article) });

testRule('legal-basis-valid', {
  valid: [
    { name: 'UK GDPR: recognised legitimate interests from 2026-02-05', ...basisIn('uk-gdpr', '6(1)(ea)'), asOf: '2026-02-05' },
    { name: 'UK GDPR: "GDPR", as UK records call it', ...basisIn('uk-gdpr', 'Art. 6(1)(e) GDPR') },
    {
      name: 'FADP: the justifications of Art. 31 and the federal legal basis of Art. 34',
      yaml: yamlLines('privrec: 1', 'id: r', 'legal_basis:', '  - article: 31(2)(a)', '  - article: Art. 31 Abs. 1 DSG', '  - article: 34(1)', '    instrument: Federal act'),
      regime: 'fadp',
    },
    {
      name: 'under two regimes, each ground checked under its own',
      yaml: yamlLines('privrec: 1', 'id: r', 'regime: [fadp, gdpr]', 'legal_basis:', '  - article: 31(2)(a)', '  - article: Art. 6(1)(b) GDPR'),
    },
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'legitimate interests of a controller that is not a public authority', yaml: authority(['  - name: Example Ltd', '    public_authority: false']) },
    { name: 'legitimate interests of a party not marked as public authority', yaml: authority(['  - ref: shop']), config: { parties: { shop: { name: 'Shop' } } } },
    {
      name: 'suppressed on the line before, with a reason',
      yaml: yamlLines('privrec: 1', 'id: r', 'legal_basis:', '  # privrec-disable-next-line legal-basis-valid -- transcribed as the policy states it', '  - article: "6(3)"'),
    },
    { name: 'Art. 6 Abs. 1 lit. e DSGVO', ...basisIn('gdpr', 'Art. 6 Abs. 1 lit. e DSGVO') },
    { name: 'article 6.1.e RGPD', ...basisIn('gdpr', 'article 6.1.e RGPD') },
    { name: 'Article 6(1)(e) GDPR', ...basisIn('gdpr', 'Article 6(1)(e) GDPR') },
    { name: 'art. 6, paragraphe 1, point e) du RGPD', ...basisIn('gdpr', 'art. 6, paragraphe 1, point e) du RGPD') },
    { name: 'Art. 6 para. 1 point (c)', ...basisIn('gdpr', 'Art. 6 para. 1 point (c)') },
    { name: 'Art. 5(1)(a) EUDPR', ...basisIn('eudpr', 'Art. 5(1)(a) EUDPR') },
    { name: 'Article 5(1)(d) of Regulation (EU) 2018/1725', ...basisIn('eudpr', 'Article 5(1)(d) of Regulation (EU) 2018/1725') },
  ],
  invalid: [
    {
      name: 'UK GDPR: recognised legitimate interests the day before the Data (Use and Access) Act 2025 brought them in',
      ...basisIn('uk-gdpr', '6(1)(ea)'),
      asOf: '2026-02-04',
      findings: [{ at: '4:14', message: 'Art. 6(1)(ea) UK GDPR (recognised legitimate interests) applies from 2026-02-05 only' }],
    },
    {
      name: 'GDPR: the UK ground of recognised legitimate interests',
      ...basisIn('gdpr', '6(1)(ea)'),
      ukDiffers: 'a UK ground',
      findings: [
        {
          at: '4:14',
          message: 'Art. 6(1)(ea) UK GDPR is a ground of another regulation: this record is kept under Regulation (EU) 2016/679 (GDPR), which has no recognised legitimate interests ground',
        },
      ],
    },
    {
      name: 'FADP: a GDPR ground in a Swiss record, with its counterpart',
      ...basisIn('fadp', '6(1)(b)'),
      findings: [
        {
          at: '4:14',
          message: 'Art. 6(1)(b) GDPR is a ground of another regulation: this record is kept under Federal Act on Data Protection (FADP, Switzerland), where the ground is Art. 31(2)(a) FADP.',
        },
      ],
    },
    {
      name: 'under two regimes, a ground of neither',
      yaml: yamlLines('privrec: 1', 'id: r', 'regime: [fadp, gdpr]', 'legal_basis:', '  - article: "5(1)(a)"'),
      // One mistake, one finding: worded under the first regime, citing where the second says the same.
      findings: [
        {
          at: '5:14',
          message:
            'Art. 5(1)(a) of 2018/1725 is a ground of another regulation: this record is kept under Federal Act on Data Protection (FADP, Switzerland), where the ground is Art. 34(1) FADP. The same applies under GDPR: Art. 6(1)(e) GDPR.',
        },
      ],
    },
    {
      name: 'Art. 6(3) GDPR, which is no ground (VCRP: "Art. 6 (3) sentence 1 lit. b GDPR")',
      ...basisIn('gdpr', '6(3)'),
      findings: [
        {
          at: '4:14',
          message:
            'Art. 6(3) GDPR is not a lawful ground: it requires that the grounds of 6(1)(c) and 6(1)(e) be laid down in law; name the ground of Art. 6(1) GDPR the processing rests on (6(1)(a) to 6(1)(f)) and keep the law in `instrument`.',
        },
      ],
    },
    { name: 'the VCRP wording itself', ...basisIn('gdpr', 'Art. 6 (3) sentence 1 lit. b GDPR i.V. m. § 3 LDSG'), findings: [{ at: '4:14', message: 'Art. 6(3)(b) GDPR is not a lawful ground' }] },
    {
      name: 'Art. 5(2) of 2018/1725, which is no ground',
      ...basisIn('eudpr', '5(2)'),
      findings: [{ at: '4:14', message: 'Art. 5(2) of 2018/1725 is not a lawful ground: it requires that the grounds of 5(1)(a) and 5(1)(b) be laid down in law;' }],
    },
    {
      name: 'legitimate interests under 2018/1725, which has no such ground',
      ...basisIn('eudpr', '6(1)(f)'),
      findings: [
        {
          at: '4:14',
          message:
            /^Art\. 6\(1\)\(f\) GDPR is a ground of another regulation: this record is kept under Regulation \(EU\) 2018\/1725, which has no legitimate interests ground.*\(5\(1\)\(a\) to 5\(1\)\(e\)\)/,
        },
      ],
    },
    {
      name: 'a GDPR ground in a 2018/1725 record, with its counterpart',
      ...basisIn('eudpr', '6(1)(e)'),
      findings: [{ at: '4:14', message: 'Art. 6(1)(e) GDPR is a ground of another regulation: this record is kept under Regulation (EU) 2018/1725, where the ground is Art. 5(1)(a) of 2018/1725.' }],
    },
    {
      name: 'a 2018/1725 ground in a GDPR record, with its counterpart',
      ...basisIn('gdpr', '5(1)(d)'),
      findings: [
        { at: '4:14', message: 'Art. 5(1)(d) of 2018/1725 is a ground of another regulation: this record is kept under Regulation (EU) 2016/679 (GDPR), where the ground is Art. 6(1)(a) GDPR.' },
      ],
    },
    {
      name: 'an article that is no ground of either regulation',
      ...basisIn('gdpr', '6(1)(g)'),
      findings: [{ at: '4:14', message: '`6(1)(g)` is not a lawful ground: name the ground of Art. 6(1) GDPR the processing rests on (6(1)(a) to 6(1)(f)).' }],
    },
    {
      name: 'legitimate interests of an inline controller marked public_authority',
      yaml: authority(['  - name: Example School', '    public_authority: true']),
      findings: [
        { at: '9:14', message: 'Example School is marked as a public authority (`public_authority: true`): Art. 6(1) GDPR does not allow it to rely on legitimate interests (Art. 6(1)(f) GDPR)' },
      ],
    },
    {
      name: 'legitimate interests of a privrec.yaml party marked public_authority',
      yaml: authority(['  - ref: vcrp']),
      config: { parties: { vcrp: { name: 'VCRP', public_authority: true } } },
      findings: [{ at: '8:14', message: 'VCRP is marked as a public authority' }],
    },
    {
      name: 'a GDPR ground in national notation, in a 2018/1725 record: one finding with the counterpart',
      ...basisIn('eudpr', 'Art. 6 Abs. 1 lit. e DSGVO'),
      findings: [{ at: '4:14', message: 'Art. 6(1)(e) GDPR is a ground of another regulation: this record is kept under Regulation (EU) 2018/1725' }],
    },
    {
      name: 'a derogation given as a lawful ground',
      ...basisIn('gdpr', 'Art. 49(1)(a) GDPR'),
      findings: [{ at: '4:14', message: 'Art. 49(1)(a) GDPR is a derogation for transfers to third countries (Art. 49 GDPR), not a lawful ground' }],
    },
    {
      name: 'text that is no article',
      ...basisIn('gdpr', 'consent of the parents'),
      findings: [{ at: '4:14', message: '`consent of the parents` cannot be read as an article: write its number as the regulation does, e.g. 6(1)(a)' }],
    },
  ],
});
