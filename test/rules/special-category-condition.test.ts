import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'special-category-condition';

/** A record whose only data category (lines 4-6) has `special` and, optionally, `condition`. */
const data = (special: string, condition?: string) =>
  yamlLines('privrec: 1', 'id: r', 'personal_data:', '  - category: Case file', `    special: ${special}`, ...(condition ? [`    condition: "${condition}"`] : []));

describe(RULE, () => {
  it('passes special categories with a condition of the regime', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, data('biometric', '9(2)(j)'))).toEqual([]);
  });

  it('reports a special category without condition, at `special`', () => {
    expect(findingsOf(RULE, data('health'))).toEqual([
      '5:14 "Case file" holds data concerning health, a special category of data (Art. 9(1) GDPR): processing it is prohibited unless a condition of Art. 9 GDPR (9(2)(a) to 9(2)(j)) applies. Name it in `condition`.',
    ]);
    expect(findingsOf(RULE, data('religious-beliefs'), { regime: 'eudpr' })).toEqual([
      expect.stringContaining('5:14 "Case file" holds religious or philosophical beliefs, a special category of data (Art. 10(1) of 2018/1725): processing it is prohibited unless a condition of Art. 10 of 2018/1725 (10(2)(a) to 10(2)(j)) applies.'),
    ]);
  });

  it('reports a condition of the other regulation with its counterpart', () => {
    expect(findingsOf(RULE, data('health', '10(2)(h)'))).toEqual([
      '6:16 Art. 10(2)(h) of 2018/1725 is a condition of another regulation: this record is kept under Regulation (EU) 2016/679 (GDPR), where the condition is Art. 9(2)(h) GDPR.',
    ]);
    expect(findingsOf(RULE, data('genetic', '9(2)(a)'), { regime: 'eudpr' })).toEqual([expect.stringContaining('6:16 Art. 9(2)(a) GDPR is a condition of another regulation')]);
  });

  it('reports a lawful ground given as condition', () => {
    expect(findingsOf(RULE, data('health', '6(1)(a)'))).toEqual([
      '6:16 `6(1)(a)` is not a condition of Art. 9 GDPR (9(2)(a) to 9(2)(j)) for special categories of data. Art. 6(1)(a) GDPR is a lawful ground; special categories need, in addition, a condition of Art. 9 GDPR.',
    ]);
    expect(findingsOf(RULE, data('health', '9(2)(k)'))).toEqual([
      '6:16 `9(2)(k)` is not a condition of Art. 9 GDPR (9(2)(a) to 9(2)(j)) for special categories of data.',
    ]);
  });

  describe('criminal convictions and offences (Art. 11 of 2018/1725 / Art. 10 GDPR)', () => {
    it('passes the article that allows them', () => {
      expect(findingsOf(RULE, data('criminal-convictions', '10'))).toEqual([]);
      expect(findingsOf(RULE, data('criminal-convictions', '11'), { regime: 'eudpr' })).toEqual([]);
    });

    it('reports them without condition', () => {
      const findings = findingsOf(RULE, data('criminal-convictions'));
      expect(findings).toEqual([
        expect.stringContaining('5:14 "Case file" holds data on criminal convictions and offences or related security measures, which Art. 10 GDPR allows to be processed only under the control of official authority'),
      ]);
      expect(findings[0]).toContain('If it is, write `condition: "10"`');
    });

    it('reports an Art. 10(2) condition, which lifts the prohibition for special categories only', () => {
      expect(findingsOf(RULE, data('criminal-convictions', '10(2)(g)'), { regime: 'eudpr' })).toEqual([
        expect.stringContaining('6:16 `10(2)(g)` does not cover "Case file": it holds data on criminal convictions and offences or related security measures, which Art. 11 of 2018/1725 allows to be processed only on the basis of Union law'),
      ]);
    });
  });
});
