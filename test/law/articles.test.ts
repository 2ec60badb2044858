/**
 * Every article number of src/law/regimes.json pinned by a table written apart from it, from the
 * regulations' texts (docs/law.md gives the source of each): a changed number fails here, whatever
 * rule would have cited it (the 2018/1725 DPO designation changed from 43(1) to 44(1), say).
 */
import { describe, expect, it } from 'vitest';
import { regimeInfo } from '../../src/law/index.js';

/** [key, Regulation (EU) 2018/1725, GDPR, UK GDPR, FADP]: null where the law has no such provision. */
const ARTICLES: [string, string | null, string | null, string | null, string | null][] = [
  ['lawful_grounds', '5(1)', '6(1)', '6(1)', '31(1)'],
  ['instrument_required', '5(2)', '6(3)', '6(3)', '34(1)'],
  ['consent_conditions', '7', '7', '7', '6(6)'],
  ['consent_definition', '3(15)', '4(11)', '4(11)', '6(6)'],
  ['withdraw_consent', '7(3)', '7(3)', '7(3)', null],
  ['notice_withdraw_consent', '15(2)(c)', '13(2)(c)', '13(2)(c)', null],
  ['special_categories', '10', '9', '9', null],
  ['criminal_convictions', '11', '10', '10', null],
  ['notice_direct', '15', '13', '13', '19'],
  ['notice_indirect', '16', '14', '14', '19(3)'],
  ['access', '17', '15', '15', '25'],
  ['rectification', '18', '16', '16', '32(1)'],
  ['erasure', '19', '17', '17', '32(2)(c)'],
  ['restriction', '20', '18', '18', null],
  ['notification_obligation', '21', '19', '19', null],
  ['portability', '22', '20', '20', '28'],
  ['objection', '23', '21', '21', '30(2)(b)'],
  ['automated_decisions', '24', '22', '22', '21'],
  ['joint_controllers', '28', '26', '26', null],
  ['processors', '29', '28(3)', '28(3)', '9'],
  ['processor_contract', '29(3)', '28(3)', '28(3)', '9(1)'],
  ['processor_instructions', '29(3)(a)', '28(3)(a)', '28(3)(a)', '9(1)(a)'],
  ['processor_standard_clauses', '29(7)', '28(7)', '28(7)', null],
  ['record', '31(1)', '30(1)', '30(1)', '12(2)'],
  ['processor_record', '31(2)', '30(2)', '30(2)', '12(3)'],
  ['register', '31(5)', null, null, null],
  ['security', '33', '32', '32', '8'],
  ['dpia', '39', '35', '35', '22'],
  ['prior_consultation', '40', '36', '36', '23'],
  ['complaint', '63', '77', '77', '49(1)'],
  ['record_controller', '31(1)(a)', '30(1)(a)', '30(1)(a)', '12(2)(a)'],
  ['record_dpo', '31(1)(a)', '30(1)(a)', '30(1)(a)', null],
  ['record_purposes', '31(1)(b)', '30(1)(b)', '30(1)(b)', '12(2)(b)'],
  ['record_transfers', '31(1)(e)', '30(1)(e)', '30(1)(e)', '12(2)(g)'],
  ['record_retention', '31(1)(f)', '30(1)(f)', '30(1)(f)', '12(2)(e)'],
  ['purpose_limitation', '4(1)(b)', '5(1)(b)', '5(1)(b)', '6(3)'],
  ['controller_responsibility', '26(1)', '24(1)', '24(1)', null],
  ['dpo_designation', '43(1)', '37(1)(a)', '37(1)(a)', null],
  ['notice_dpo', '15(1)(b)', '13(1)(b)', '13(1)(b)', null],
  ['notice_legal_basis', '15(1)(c)', '13(1)(c)', '13(1)(c)', null],
  ['notice_transfers', '15(1)(e)', '13(1)(f)', '13(1)(f)', '19(4)'],
  ['notice_legitimate_interests', null, '13(1)(d)', '13(1)(d)', null],
  ['notice_retention', '15(2)(a)', '13(2)(a)', '13(2)(a)', null],
  ['notice_rights', '15(2)(b)', '13(2)(b)', '13(2)(b)', '19(2)'],
  ['notice_complaint', '15(2)(d)', '13(2)(d)', '13(2)(d)', null],
  ['notice_requirement', '15(2)(e)', '13(2)(e)', '13(2)(e)', null],
  ['notice_automated_decisions', '15(2)(f)', '13(2)(f)', '13(2)(f)', '21(1)'],
  ['notice_source', '16(2)(e)', '14(2)(f)', '14(2)(f)', null],
];

/** [key, 2018/1725, GDPR, UK GDPR, FADP]: the transfer provisions (Chapter V; Art. 16-18 FADP). */
const TRANSFERS: [string, string | null, string | null, string | null, string | null][] = [
  ['chapter', 'V', 'V', 'V', null],
  ['articles', '46-51', '44-50', '44-50', '16-18'],
  ['adequacy', '47', '45', '45', '16(1)'],
  ['safeguards', '48', '46', '46', '16(2)'],
  ['bcr', null, '47', '47', '16(2)(e)'],
  ['derogations', '50', '49', '49', '17(1)'],
  ['derogations_public_authority_limit', '50(3)', '49(3)', '49(3)', null],
];

const REGIME_COLUMNS = ['eudpr', 'gdpr', 'uk-gdpr', 'fadp'] as const;

describe('the article numbers of each regime, pinned', () => {
  it.each(ARTICLES)('%s: %s of 2018/1725, %s GDPR, %s UK GDPR, %s FADP', (key, ...expected) => {
    expect(REGIME_COLUMNS.map((regime) => (regimeInfo(regime).articles as unknown as Record<string, string | null>)[key])).toEqual(expected);
  });

  it.each(REGIME_COLUMNS)('pins every article key %s has', (regime) => {
    expect(Object.keys(regimeInfo(regime).articles).sort()).toEqual(ARTICLES.map(([key]) => key).sort());
  });

  it.each(TRANSFERS)('transfers.%s: %s of 2018/1725, %s GDPR, %s UK GDPR, %s FADP', (key, ...expected) => {
    expect(REGIME_COLUMNS.map((regime) => (regimeInfo(regime).transfers as unknown as Record<string, string | null>)[key])).toEqual(expected);
  });

  it('cites each law as it is cited', () => {
    expect(REGIME_COLUMNS.map((regime) => regimeInfo(regime).citation)).toEqual(['Art. {article} of 2018/1725', 'Art. {article} GDPR', 'Art. {article} UK GDPR', 'Art. {article} FADP']);
    expect(REGIME_COLUMNS.map((regime) => regimeInfo(regime).definitions)).toEqual(['3', '4', '4', '5']);
    expect(regimeInfo('gdpr').not_definitions).toEqual({ article: '3', from_paragraph: 4 });
    expect(regimeInfo('uk-gdpr').not_definitions).toEqual({ article: '3', from_paragraph: 4 });
    expect(regimeInfo('eudpr').not_definitions).toEqual({ article: '4', from_paragraph: 3 });
    expect(regimeInfo('fadp').not_definitions).toBeNull();
  });
});
