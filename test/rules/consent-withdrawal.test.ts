import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'consent-withdrawal';

const record = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', ...lines);

describe(RULE, () => {
  it('passes consent that says how it is given and withdrawn', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports consent without any `consent` statement at the article (GDPR)', () => {
    const findings = findingsOf(RULE, record('legal_basis:', '  - article: 6(1)(a)'));
    expect(findings).toEqual([expect.stringContaining('4:14 Consent (Art. 6(1)(a) GDPR) is relied on without `consent.given` and `consent.withdrawal`:')]);
    expect(findings[0]).toContain('(Art. 4(11) GDPR, Art. 7 GDPR)');
    expect(findings[0]).toContain('as easy as giving it (Art. 7(3) GDPR), and the notice must tell of the right to withdraw it (Art. 13(2)(c) GDPR).');
  });

  it('reports a missing withdrawal at the `consent` key (Dhoon/Laxey: consent by e-mail, no way to withdraw)', () => {
    expect(findingsOf(RULE, record('legal_basis:', '  - article: 6(1)(a)', '    consent:', '      given: By e-mail reply from parents.'))).toEqual([
      '5:5 Consent (Art. 6(1)(a) GDPR) is relied on without `consent.withdrawal`: withdrawing consent must be as easy as giving it (Art. 7(3) GDPR), and the notice must tell of the right to withdraw it (Art. 13(2)(c) GDPR).',
    ]);
  });

  it('reports a missing `consent.given` under 2018/1725', () => {
    const yaml = record('legal_basis:', '  - article: 5(1)(d)', '    consent:', '      withdrawal: Untick the box.');
    expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual([
      '5:5 Consent (Art. 5(1)(d) of 2018/1725) is relied on without `consent.given`: the controller must be able to show that consent was freely given, specific, informed and unambiguous (Art. 3(15) of 2018/1725, Art. 7 of 2018/1725).',
    ]);
  });

  describe('explicit consent for special categories', () => {
    const special = (condition: string, ...basis: string[]) =>
      record('legal_basis:', ...basis, 'personal_data:', '  - category: Health', '    special: health', `    condition: ${condition}`);

    it('reports it when no legal basis says how consent is given and withdrawn', () => {
      const findings = findingsOf(RULE, special('10(2)(a)', '  - article: 5(1)(a)', '    instrument: Staff Regulations'), { regime: 'eudpr' });
      expect(findings).toEqual([
        expect.stringContaining('9:16 Explicit consent (Art. 10(2)(a) of 2018/1725) is relied on for "Health" without `consent.given` and `consent.withdrawal`:'),
      ]);
      expect(findings[0]).toContain('Art. 15(2)(c) of 2018/1725');
      expect(findings[0]).toContain('Write them in the `consent` of a legal basis.');
    });

    it('passes it when a legal basis states both', () => {
      const basis = ['  - article: 6(1)(e)', '    instrument: School Act', '    consent:', '      given: Form.', '      withdrawal: E-mail.'];
      expect(findingsOf(RULE, special('9(2)(a)', ...basis))).toEqual([]);
    });

    it('reports an incomplete consent ground once, at the ground', () => {
      expect(findingsOf(RULE, special('9(2)(a)', '  - article: 6(1)(a)'))).toEqual([expect.stringContaining('4:14 Consent (Art. 6(1)(a) GDPR)')]);
    });

    it('passes other conditions', () => {
      expect(findingsOf(RULE, special('9(2)(h)', '  - article: 6(1)(e)', '    instrument: Health Act'))).toEqual([]);
    });
  });
});
