/**
 * Every article number of src/law/regimes.json pinned by a table written apart from it, from the
 * regulations' texts (docs/law.md gives the source of each): a changed number fails here, whatever
 * rule would have cited it (the 2018/1725 DPO designation changed from 43(1) to 44(1), say).
 */
import { describe, expect, it } from 'vitest';
import { regimeInfo } from '../../src/law/index.js';

/** [key, Regulation (EU) 2018/1725, GDPR] */
const ARTICLES: [string, string | null, string | null][] = [
  ['lawful_grounds', '5(1)', '6(1)'],
  ['instrument_required', '5(2)', '6(3)'],
  ['consent_conditions', '7', '7'],
  ['consent_definition', '3(15)', '4(11)'],
  ['withdraw_consent', '7(3)', '7(3)'],
  ['notice_withdraw_consent', '15(2)(c)', '13(2)(c)'],
  ['special_categories', '10', '9'],
  ['criminal_convictions', '11', '10'],
  ['notice_direct', '15', '13'],
  ['notice_indirect', '16', '14'],
  ['access', '17', '15'],
  ['rectification', '18', '16'],
  ['erasure', '19', '17'],
  ['restriction', '20', '18'],
  ['notification_obligation', '21', '19'],
  ['portability', '22', '20'],
  ['objection', '23', '21'],
  ['automated_decisions', '24', '22'],
  ['joint_controllers', '28', '26'],
  ['processors', '29', '28(3)'],
  ['processor_contract', '29(3)', '28(3)'],
  ['processor_instructions', '29(3)(a)', '28(3)(a)'],
  ['processor_standard_clauses', '29(7)', '28(7)'],
  ['record', '31(1)', '30(1)'],
  ['processor_record', '31(2)', '30(2)'],
  ['register', '31(5)', null],
  ['security', '33', '32'],
  ['dpia', '39', '35'],
  ['prior_consultation', '40', '36'],
  ['complaint', '63', '77'],
  ['record_controller', '31(1)(a)', '30(1)(a)'],
  ['record_purposes', '31(1)(b)', '30(1)(b)'],
  ['record_transfers', '31(1)(e)', '30(1)(e)'],
  ['record_retention', '31(1)(f)', '30(1)(f)'],
  ['purpose_limitation', '4(1)(b)', '5(1)(b)'],
  ['controller_responsibility', '26(1)', '24(1)'],
  ['dpo_designation', '43(1)', '37(1)(a)'],
  ['notice_dpo', '15(1)(b)', '13(1)(b)'],
  ['notice_legal_basis', '15(1)(c)', '13(1)(c)'],
  ['notice_transfers', '15(1)(e)', '13(1)(f)'],
  ['notice_legitimate_interests', null, '13(1)(d)'],
  ['notice_retention', '15(2)(a)', '13(2)(a)'],
  ['notice_rights', '15(2)(b)', '13(2)(b)'],
  ['notice_complaint', '15(2)(d)', '13(2)(d)'],
  ['notice_requirement', '15(2)(e)', '13(2)(e)'],
  ['notice_automated_decisions', '15(2)(f)', '13(2)(f)'],
  ['notice_source', '16(2)(e)', '14(2)(f)'],
];

/** [key, 2018/1725, GDPR]: Chapter V. */
const TRANSFERS: [string, string | null, string | null][] = [
  ['chapter', 'V', 'V'],
  ['articles', '46-51', '44-50'],
  ['adequacy', '47', '45'],
  ['safeguards', '48', '46'],
  ['bcr', null, '47'],
  ['derogations', '50', '49'],
  ['derogations_public_authority_limit', '50(3)', '49(3)'],
];

describe('the article numbers of each regime, pinned', () => {
  it.each(ARTICLES)('%s: %s of 2018/1725, %s GDPR', (key, eudpr, gdpr) => {
    expect((regimeInfo('eudpr').articles as unknown as Record<string, string | null>)[key]).toBe(eudpr);
    expect((regimeInfo('gdpr').articles as unknown as Record<string, string | null>)[key]).toBe(gdpr);
  });

  it('pins every article key the data has', () => {
    expect(Object.keys(regimeInfo('eudpr').articles).sort()).toEqual(ARTICLES.map(([key]) => key).sort());
    expect(Object.keys(regimeInfo('gdpr').articles).sort()).toEqual(ARTICLES.map(([key]) => key).sort());
  });

  it.each(TRANSFERS)('transfers.%s: %s of 2018/1725, %s GDPR', (key, eudpr, gdpr) => {
    expect((regimeInfo('eudpr').transfers as unknown as Record<string, string | null>)[key]).toBe(eudpr);
    expect((regimeInfo('gdpr').transfers as unknown as Record<string, string | null>)[key]).toBe(gdpr);
  });

  it('cites each regulation as it is cited', () => {
    expect(regimeInfo('eudpr').citation).toBe('Art. {article} of 2018/1725');
    expect(regimeInfo('gdpr').citation).toBe('Art. {article} GDPR');
    expect([regimeInfo('eudpr').definitions, regimeInfo('gdpr').definitions]).toEqual(['3', '4']);
    expect(regimeInfo('gdpr').not_definitions).toEqual({ article: '3', from_paragraph: 4 });
    expect(regimeInfo('eudpr').not_definitions).toEqual({ article: '4', from_paragraph: 3 });
  });
});
