import { describe, expect, it } from 'vitest';
import { testRule } from './rule-tester.js';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'legal-basis-valid';

const basis = (article: string) => yamlLines('privrec: 1', 'id: r', 'legal_basis:', `  - article: "${article}"`);

describe(RULE, () => {
  it('passes the lawful grounds of each regime', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports Art. 6(3) GDPR, which is not a ground (VCRP: "Art. 6 (3) sentence 1 lit. b GDPR")', () => {
    const findings = findingsOf(RULE, basis('6(3)'));
    expect(findings).toEqual([expect.stringContaining('4:14 Art. 6(3) GDPR is not a lawful ground')]);
    expect(findings[0]).toContain('the grounds of 6(1)(c) and 6(1)(e) be laid down in law');
    expect(findings[0]).toContain('be laid down in law; name the ground of Art. 6(1) GDPR the processing rests on (6(1)(a) to 6(1)(f)) and keep the law in `instrument`.');
  });

  it('reports Art. 5(2) of 2018/1725, which is not a ground', () => {
    expect(findingsOf(RULE, basis('5(2)'), { regime: 'eudpr' })).toEqual([
      expect.stringContaining('4:14 Art. 5(2) of 2018/1725 is not a lawful ground: it requires that the grounds of 5(1)(a) and 5(1)(b) be laid down in law;'),
    ]);
  });

  it('reports legitimate interests under 2018/1725, which has no such ground', () => {
    const findings = findingsOf(RULE, basis('6(1)(f)'), { regime: 'eudpr' });
    expect(findings).toEqual([
      expect.stringContaining(
        '4:14 Art. 6(1)(f) GDPR is a ground of another regulation: this record is kept under Regulation (EU) 2018/1725, which has no legitimate interests ground',
      ),
    ]);
    expect(findings[0]).toContain('(5(1)(a) to 5(1)(e))');
  });

  it("names the regime's own ground for a ground of the other regulation", () => {
    expect(findingsOf(RULE, basis('6(1)(e)'), { regime: 'eudpr' })).toEqual([
      '4:14 Art. 6(1)(e) GDPR is a ground of another regulation: this record is kept under Regulation (EU) 2018/1725, where the ground is Art. 5(1)(a) of 2018/1725.',
    ]);
    expect(findingsOf(RULE, basis('5(1)(d)'))).toEqual([
      '4:14 Art. 5(1)(d) of 2018/1725 is a ground of another regulation: this record is kept under Regulation (EU) 2016/679 (GDPR), where the ground is Art. 6(1)(a) GDPR.',
    ]);
  });

  it('reports an article that is no ground of either regulation', () => {
    expect(findingsOf(RULE, basis('6(1)(g)'))).toEqual([
      '4:14 `6(1)(g)` is not a lawful ground: name the ground of Art. 6(1) GDPR the processing rests on (6(1)(a) to 6(1)(f)).',
    ]);
  });

  describe('legitimate interests relied on by a public authority', () => {
    const record = (controller: string[]) =>
      yamlLines('privrec: 1', 'id: r', 'controllers:', ...controller, 'legal_basis:', '  - article: 6(1)(e)', '    instrument: School Act', '  - article: 6(1)(f)');

    it('reports an inline controller marked public_authority', () => {
      const findings = findingsOf(RULE, record(['  - name: Example School', '    public_authority: true']));
      expect(findings).toEqual([
        expect.stringContaining(
          '9:14 Example School is marked as a public authority (`public_authority: true`): Art. 6(1) GDPR does not allow it to rely on legitimate interests (Art. 6(1)(f) GDPR)',
        ),
      ]);
    });

    it('reports a controller whose privrec.yaml party is marked public_authority', () => {
      const config = { parties: { vcrp: { name: 'VCRP', public_authority: true } } };
      expect(findingsOf(RULE, record(['  - ref: vcrp']), { config })).toEqual([expect.stringContaining('8:14 VCRP is marked as a public authority')]);
    });

    it('passes legitimate interests of a controller that is not a public authority', () => {
      expect(findingsOf(RULE, record(['  - name: Example Ltd', '    public_authority: false']))).toEqual([]);
      expect(findingsOf(RULE, record(['  - ref: shop']), { config: { parties: { shop: { name: 'Shop' } } } })).toEqual([]);
    });
  });

  it('can be suppressed on the line with a reason', () => {
    const yaml = yamlLines('privrec: 1', 'id: r', 'legal_basis:', `  # privrec-disable-next-line ${RULE} -- transcribed as the policy states it`, '  - article: "6(3)"');
    expect(findingsOf(RULE, yaml)).toEqual([]);
  });
});

const basisIn = (regime: 'gdpr' | 'eudpr', article: string) => ({ regime, yaml: basis(article) });

testRule(RULE, {
  valid: [
    { name: 'Art. 6 Abs. 1 lit. e DSGVO', ...basisIn('gdpr', 'Art. 6 Abs. 1 lit. e DSGVO') },
    { name: 'article 6.1.e RGPD', ...basisIn('gdpr', 'article 6.1.e RGPD') },
    { name: 'Article 6(1)(e) GDPR', ...basisIn('gdpr', 'Article 6(1)(e) GDPR') },
    { name: 'art. 6, paragraphe 1, point e) du RGPD', ...basisIn('gdpr', 'art. 6, paragraphe 1, point e) du RGPD') },
    { name: 'Art. 6 para. 1 point (c)', ...basisIn('gdpr', 'Art. 6 para. 1 point (c)') },
    { name: 'Art. 5(1)(a) EUDPR', ...basisIn('eudpr', 'Art. 5(1)(a) EUDPR') },
    { name: 'Article 5(1)(d) of Regulation (EU) 2018/1725', ...basisIn('eudpr', 'Article 5(1)(d) of Regulation (EU) 2018/1725') },
  ],
  invalid: [
    { name: 'a GDPR ground in national notation, in a 2018/1725 record: one finding with the counterpart', ...basisIn('eudpr', 'Art. 6 Abs. 1 lit. e DSGVO'), findings: [{ at: '4:14', message: 'Art. 6(1)(e) GDPR is a ground of another regulation: this record is kept under Regulation (EU) 2018/1725' }] },
    { name: 'a derogation given as a lawful ground', ...basisIn('gdpr', 'Art. 49(1)(a) GDPR'), findings: [{ at: '4:14', message: 'Art. 49(1)(a) GDPR is a derogation for transfers to third countries (Art. 49 GDPR), not a lawful ground' }] },
    { name: 'text that is no article', ...basisIn('gdpr', 'consent of the parents'), findings: [{ at: '4:14', message: '`consent of the parents` cannot be read as an article: write its number as the regulation does, e.g. 6(1)(a)' }] },
  ],
});
