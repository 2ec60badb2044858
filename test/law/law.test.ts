import { describe, expect, it } from 'vitest';
import {
  REGIMES,
  adequacyDecisions,
  adequacyFor,
  canonicalCountry,
  consentCondition,
  criminalCondition,
  countryCodeMistake,
  derogation,
  derogationsFor,
  dpiaIndicated,
  eeaCountries,
  euCountries,
  groundFor,
  groundsFor,
  isDomestic,
  isIsoDate,
  isRegime,
  mechanism,
  mechanismReferenced,
  mechanismStatus,
  mechanisms,
  normalizeArticle,
  oldSccReferenced,
  ratingBand,
  regimeInfo,
  right,
  rights,
  rightsFor,
  riskRating,
  riskScales,
  specialCategories,
  specialCategory,
  specialCondition,
  specialConditions,
  wp248Criteria,
  WP248_THRESHOLD,
  type Regime,
} from '../../src/law/index.js';

/** A fixed "today" so the tests do not depend on the clock. */
const TODAY = '2026-03-01';
const ARTICLE = /^\d+(\(\d+\))?(\([a-z]\))?$/;
const ISO_CODE = /^[A-Z]{2}$/;

describe('dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-7-10')).toBe(false);
    expect(isIsoDate('2023-07-10T00:00:00Z')).toBe(false);
    expect(isIsoDate(20230710)).toBe(false);
  });

  it('rejects a malformed asOf instead of guessing', () => {
    expect(() => adequacyFor('gdpr', 'US', '10.07.2023')).toThrow(RangeError);
    expect(() => mechanismStatus('gdpr', 'scc', '2023-13-01')).toThrow(RangeError);
  });
});

describe('regimes', () => {
  it('has the four regimes with their names and CELEX numbers', () => {
    expect(REGIMES).toEqual(['eudpr', 'fadp', 'gdpr', 'uk-gdpr']);
    expect(regimeInfo('uk-gdpr').name).toBe('UK GDPR and the Data Protection Act 2018');
    expect(regimeInfo('fadp').name).toBe('Federal Act on Data Protection (FADP, Switzerland)');
    expect(regimeInfo('eudpr').name).toBe('Regulation (EU) 2018/1725');
    expect(regimeInfo('gdpr').name).toBe('Regulation (EU) 2016/679 (GDPR)');
    expect(regimeInfo('eudpr').celex).toBe('32018R1725');
    expect(regimeInfo('gdpr').celex).toBe('32016R0679');
    expect(isRegime('gdpr')).toBe(true);
    expect(isRegime('uk-gdpr')).toBe(true);
    expect(isRegime('ch')).toBe(false);
    expect(() => regimeInfo('uk' as Regime)).toThrow(TypeError);
  });

  it('maps the articles of each regime', () => {
    const e = regimeInfo('eudpr').articles;
    const g = regimeInfo('gdpr').articles;
    expect([e.record, g.record]).toEqual(['31(1)', '30(1)']);
    expect([e.register, g.register]).toEqual(['31(5)', null]);
    expect([e.notice_direct, g.notice_direct]).toEqual(['15', '13']);
    expect([e.notice_indirect, g.notice_indirect]).toEqual(['16', '14']);
    expect([e.special_categories, g.special_categories]).toEqual(['10', '9']);
    expect([e.automated_decisions, g.automated_decisions]).toEqual(['24', '22']);
    expect([e.joint_controllers, g.joint_controllers]).toEqual(['28', '26']);
    expect([e.processors, g.processors]).toEqual(['29', '28(3)']);
    expect([e.dpia, g.dpia]).toEqual(['39', '35']);
    expect([e.prior_consultation, g.prior_consultation]).toEqual(['40', '36']);
    expect([e.security, g.security]).toEqual(['33', '32']);
    const et = regimeInfo('eudpr').transfers;
    const gt = regimeInfo('gdpr').transfers;
    expect([et.adequacy, et.safeguards, et.bcr, et.derogations]).toEqual(['47', '48', null, '50']);
    expect([gt.adequacy, gt.safeguards, gt.bcr, gt.derogations]).toEqual(['45', '46', '47', '49']);
  });

  it('writes every article in the record schema form', () => {
    for (const regime of REGIMES) {
      for (const [key, value] of Object.entries(regimeInfo(regime).articles)) {
        if (value !== null) expect(value, `${regime}.${key}`).toMatch(ARTICLE);
      }
    }
  });

  it('names the complaint authority', () => {
    const edps = regimeInfo('eudpr').complaint_authority;
    expect(edps.kind).toBe('fixed');
    expect(edps.name.en).toBe('the European Data Protection Supervisor');
    expect(edps.email).toBe('edps@edps.europa.eu');
    expect(edps.url).toBe('https://edps.europa.eu');
    expect(regimeInfo('gdpr').complaint_authority.kind).toBe('configured');
  });

  it('keeps the data immutable', () => {
    const info = regimeInfo('gdpr');
    expect(() => {
      (info.articles as { record: string }).record = '99';
    }).toThrow(TypeError);
    expect(regimeInfo('gdpr').articles.record).toBe('30(1)');
  });
});

describe('lawful grounds', () => {
  const SECOND_PERSON = /\b(?:you|your|Sie|Ihre?[mnrs]?|vous|vos|votre)\b/;
  it.each(REGIMES.flatMap((regime) => groundsFor(regime).map((ground) => ({ regime, ground }))))(
    '$regime $ground.article: a record wording that speaks of the data subject wherever the notice wording speaks to them',
    ({ ground }) => {
      const addresses = Object.values(ground.description).some((text) => SECOND_PERSON.test(text));
      expect(ground.record_description !== undefined).toBe(addresses);
      for (const text of Object.values(ground.record_description ?? {})) expect(text).not.toMatch(SECOND_PERSON);
      if (ground.record_description) expect(Object.keys(ground.record_description).sort()).toEqual(Object.keys(ground.description).sort());
    },
  );

  it('lists five grounds under 2018/1725 and six under the GDPR', () => {
    expect(groundsFor('eudpr').map((g) => g.article)).toEqual(['5(1)(a)', '5(1)(b)', '5(1)(c)', '5(1)(d)', '5(1)(e)']);
    expect(groundsFor('gdpr').map((g) => g.article)).toEqual(['6(1)(a)', '6(1)(b)', '6(1)(c)', '6(1)(d)', '6(1)(e)', '6(1)(f)']);
  });

  it('has no legitimate-interest ground under 2018/1725', () => {
    expect(groundFor('eudpr', '5(1)(f)')).toBeUndefined();
    expect(groundsFor('eudpr').some((g) => g.kind === 'legitimate-interests')).toBe(false);
    expect(regimeInfo('eudpr').legitimate_interests_ground).toBe(false);
  });

  it('knows the kind of each ground', () => {
    expect(groundsFor('eudpr').map((g) => g.kind)).toEqual(['public-task', 'legal-obligation', 'contract', 'consent', 'vital-interests']);
    expect(groundsFor('gdpr').map((g) => g.kind)).toEqual(['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests']);
  });

  it('marks the grounds that need a legal instrument', () => {
    const needs = (r: Regime) =>
      groundsFor(r)
        .filter((g) => g.needs_instrument)
        .map((g) => g.article);
    expect(needs('eudpr')).toEqual(['5(1)(a)', '5(1)(b)']);
    expect(needs('gdpr')).toEqual(['6(1)(c)', '6(1)(e)']);
  });

  it('keeps 6(1)(f) from public authorities', () => {
    expect(groundFor('gdpr', '6(1)(f)')?.not_for_public_authorities).toBe(true);
    const others = groundsFor('gdpr').filter((g) => g.article !== '6(1)(f)');
    expect(others.every((g) => !g.not_for_public_authorities)).toBe(true);
  });

  it('finds a ground however the article is written', () => {
    expect(normalizeArticle('Art. 6 (1) (F)')).toBe('6(1)(f)');
    expect(groundFor('gdpr', 'Article 6(1)(e)')?.kind).toBe('public-task');
    expect(groundFor('gdpr', '5(1)(a)')).toBeUndefined();
  });

  it('describes every ground in English, German and French', () => {
    for (const regime of REGIMES) {
      for (const g of groundsFor(regime)) {
        for (const lang of ['en', 'de', 'fr', 'it'] as const) expect(g.description[lang].length).toBeGreaterThan(20);
      }
    }
  });
});

describe('special categories', () => {
  it('has exactly the ten ids', () => {
    expect(specialCategories.map((c) => c.id)).toEqual([
      'racial-ethnic-origin',
      'political-opinions',
      'religious-beliefs',
      'trade-union-membership',
      'genetic',
      'biometric',
      'health',
      'sex-life',
      'sexual-orientation',
      'criminal-convictions',
    ]);
  });

  it('puts criminal convictions under their own article', () => {
    expect(specialCategory('criminal-convictions')?.articles).toEqual({ eudpr: '11', gdpr: '10', 'uk-gdpr': '10', fadp: '5(c)' });
    expect(specialCategory('health')?.articles).toEqual({ eudpr: '10(1)', gdpr: '9(1)', 'uk-gdpr': '9(1)', fadp: '5(c)' });
    // Under the FADP criminal data is sensitive data like the rest (Art. 5(c)(5)), without an article of its own.
    expect(criminalCondition('fadp')).toBeNull();
  });

  it('lists conditions (a)-(j) and knows the consent condition', () => {
    for (const [regime, prefix] of [
      ['eudpr', '10(2)'],
      ['gdpr', '9(2)'],
    ] as const) {
      expect(specialConditions(regime).map((c) => c.article)).toEqual('abcdefghij'.split('').map((l) => `${prefix}(${l})`));
      expect(consentCondition(regime).article).toBe(`${prefix}(a)`);
      expect(specialConditions(regime).filter((c) => c.consent)).toHaveLength(1);
    }
    expect(specialCondition('gdpr', '9(2)(h)')?.id).toBe('health-care');
  });
});

describe('adequacy', () => {
  it('gives every entry a valid date and a code or an organisation', () => {
    expect(adequacyDecisions('gdpr').length).toBeGreaterThanOrEqual(17);
    for (const d of adequacyDecisions('gdpr')) {
      expect(isIsoDate(d.adopted), d.name).toBe(true);
      if (d.valid_until !== null) {
        expect(isIsoDate(d.valid_until), d.name).toBe(true);
        expect(d.valid_until > d.adopted, d.name).toBe(true);
      }
      expect((d.code === null) !== (d.organisation === null), d.name).toBe(true);
      if (d.code !== null) {
        expect(d.code, d.name).toMatch(ISO_CODE);
        expect(countryCodeMistake(d.code), d.name).toBeUndefined();
        expect(isDomestic('gdpr', d.code), d.name).toBe(false);
      }
      for (const h of d.history ?? []) {
        if (h.date !== null) expect(isIsoDate(h.date)).toBe(true);
        if (h.valid_until !== null) expect(isIsoDate(h.valid_until)).toBe(true);
      }
    }
    const codes = adequacyDecisions('gdpr').map((d) => d.code ?? d.organisation);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('never records a decision number that was not given', () => {
    for (const d of adequacyDecisions('gdpr')) {
      if (d.decision !== null) expect(d.decision, d.name).toMatch(/^(\(EU\) )?\d{4}\/\d+(\/(EC|EU))?$/);
    }
  });

  it('has no decision for China', () => {
    expect(adequacyFor('gdpr', 'CN', TODAY)).toBeUndefined();
  });

  it('covers the United States from the Data Privacy Framework on', () => {
    expect(adequacyFor('gdpr', 'US', '2023-07-09')).toBeUndefined();
    expect(adequacyFor('gdpr', 'US', '2023-07-10')?.decision).toBe('(EU) 2023/1795');
    const us = adequacyFor('gdpr', 'US', '2023-07-11');
    expect(us).toBeDefined();
    expect(us?.scope).toBe('dpf-certified');
  });

  it('restricts Canada to commercial organisations', () => {
    expect(adequacyFor('gdpr', 'CA', TODAY)?.scope).toBe('commercial-organisations');
  });

  it('covers the United Kingdom until 2031-12-27 and accepts UK for GB', () => {
    expect(adequacyFor('gdpr', 'GB', '2021-06-27')).toBeUndefined();
    expect(adequacyFor('gdpr', 'GB', '2021-06-28')?.decision).toBe('(EU) 2021/1772');
    expect(adequacyFor('gdpr', 'GB', '2031-12-27')).toBeDefined();
    expect(adequacyFor('gdpr', 'GB', '2031-12-28')).toBeUndefined();
    expect(adequacyFor('gdpr', 'uk', TODAY)?.code).toBe('GB');
  });

  it('covers the European Patent Organisation from 2025-07-15', () => {
    expect(adequacyFor('gdpr', 'EPO', '2025-07-14')).toBeUndefined();
    expect(adequacyFor('gdpr', 'epo', '2025-07-15')?.name).toBe('European Patent Organisation');
  });

  it('covers Brazil from 2026-01-26', () => {
    expect(adequacyFor('gdpr', 'BR', '2026-01-25')).toBeUndefined();
    expect(adequacyFor('gdpr', 'BR', '2026-01-26')?.decision).toBe('(EU) 2026/179');
  });
});

describe('mechanisms', () => {
  it('dates the invalidated US frameworks by their judgments', () => {
    const sh = mechanism('gdpr', 'safe-harbour');
    expect(sh?.decisions).toEqual(['2000/520/EC']);
    expect(sh?.invalid_from).toBe('2015-10-06');
    expect(sh?.judgment?.case).toBe('C-362/14');
    const ps = mechanism('gdpr', 'privacy-shield');
    expect(ps?.decisions).toEqual(['(EU) 2016/1250']);
    expect(ps?.invalid_from).toBe('2020-07-16');
    expect(ps?.judgment?.case).toBe('C-311/18');
    expect(mechanismStatus('gdpr', 'safe-harbour', '2015-10-05')).toBe('usable');
    expect(mechanismStatus('gdpr', 'safe-harbour', '2015-10-06')).toBe('invalid');
    expect(mechanismStatus('gdpr', 'privacy-shield', '2020-07-15')).toBe('usable');
    expect(mechanismStatus('gdpr', 'privacy-shield', '2020-07-16')).toBe('invalid');
  });

  it('dates the standard contractual clauses', () => {
    expect(mechanism('gdpr', 'scc')?.decisions).toEqual(['(EU) 2021/914']);
    expect(mechanism('gdpr', 'scc-processor')?.decisions).toEqual(['(EU) 2021/915']);
    expect(mechanism('gdpr', 'scc')?.usable_from).toBe('2021-06-27');
    expect(mechanismStatus('gdpr', 'scc', '2021-06-26')).toBe('not-yet');
    expect(mechanismStatus('gdpr', 'scc', '2021-06-27')).toBe('usable');
    expect(mechanism('gdpr', 'scc-old')?.decisions).toEqual(['2001/497/EC', '2004/915/EC', '2010/87/EU']);
    expect(mechanismStatus('gdpr', 'scc-old', '2021-09-26')).toBe('usable');
    expect(mechanismStatus('gdpr', 'scc-old', '2021-09-27')).toBe('repealed');
    expect(mechanismStatus('gdpr', 'scc-old', '2022-12-26')).toBe('repealed');
    expect(mechanismStatus('gdpr', 'scc-old', '2022-12-27')).toBe('invalid');
    expect(mechanismStatus('gdpr', 'nope', TODAY)).toBeUndefined();
  });

  it('gives every mechanism consistent dates', () => {
    for (const m of mechanisms('gdpr')) {
      const dates = [m.usable_from, m.repealed_from, m.invalid_from].filter((d): d is string => d !== null);
      for (const d of dates) expect(isIsoDate(d), m.id).toBe(true);
      expect([...dates].sort(), m.id).toEqual(dates);
    }
  });

  it('spots references to the old clauses', () => {
    expect(oldSccReferenced('gdpr', 'SCC per Commission Decision 2010/87/EU')).toBe('2010/87/EU');
    expect(oldSccReferenced('gdpr', 'Decision 2001/497/EC, set I')).toBe('2001/497/EC');
    expect(oldSccReferenced('gdpr', '2004 / 915')).toBe('2004/915/EC');
    expect(oldSccReferenced('gdpr', '(EU) 2021/914, module 2')).toBeUndefined();
    expect(oldSccReferenced('gdpr', '2010/870')).toBeUndefined();
    expect(oldSccReferenced('gdpr', '12010/87')).toBeUndefined();
    expect(mechanismReferenced('gdpr', 'relying on Decision (EU) 2016/1250')?.id).toBe('privacy-shield');
    expect(mechanismReferenced('gdpr', '(EU) 2021/915')?.id).toBe('scc-processor');
  });

  it('lists the derogations (a)-(g) and who may not use them', () => {
    const letters = 'abcdefg'.split('');
    expect(
      derogationsFor('gdpr')
        .filter((d) => d.article !== '49(1)')
        .map((d) => d.article),
    ).toEqual(letters.map((l) => `49(1)(${l})`));
    expect(derogationsFor('eudpr').map((d) => d.article)).toEqual(letters.map((l) => `50(1)(${l})`));
    expect(derogationsFor('fadp').map((d) => d.article)).toEqual('abcdef'.split('').map((l) => `17(1)(${l})`));
    expect(derogationsFor('fadp').filter((d) => d.not_for_public_authorities)).toEqual([]);
    for (const regime of REGIMES.filter((candidate) => regimeInfo(candidate).transfers.derogations_public_authority_limit !== null)) {
      const barred = derogationsFor(regime)
        .filter((d) => d.not_for_public_authorities && /\([abc]\)$/.test(d.article))
        .map((d) => d.article.slice(-3));
      expect(barred, regime).toEqual(['(a)', '(b)', '(c)']);
      expect(
        derogationsFor(regime)
          .filter((d) => /\([d-g]\)$/.test(d.article))
          .every((d) => !d.not_for_public_authorities),
      ).toBe(true);
    }
    expect(derogation('gdpr', '49(1)')?.id).toBe('compelling-legitimate-interests');
    expect(derogation('gdpr', '49(1)')?.not_for_public_authorities).toBe(true);
    expect(derogation('eudpr', '49(1)(a)')).toBeUndefined();
  });
});

describe('countries', () => {
  it('lists the 27 Member States and the EEA', () => {
    expect(euCountries).toHaveLength(27);
    expect(eeaCountries).toHaveLength(30);
    for (const c of eeaCountries) expect(c).toMatch(ISO_CODE);
    expect(new Set(eeaCountries).size).toBe(30);
    expect(euCountries.includes(canonicalCountry('DE'))).toBe(true);
    expect(euCountries.includes(canonicalCountry('NO'))).toBe(false);
    expect(isDomestic('gdpr', 'no')).toBe(true);
    expect(isDomestic('gdpr', 'CH')).toBe(false);
    expect(isDomestic('gdpr', 'GB')).toBe(false);
  });

  it('corrects UK and EL', () => {
    expect(countryCodeMistake('UK')).toBe('GB');
    expect(countryCodeMistake('el')).toBe('GR');
    expect(countryCodeMistake('GR')).toBeUndefined();
    expect(countryCodeMistake('constructor')).toBeUndefined();
    expect(canonicalCountry('EL')).toBe('GR');
    expect(euCountries.includes(canonicalCountry('EL'))).toBe(true);
    expect(isDomestic('gdpr', 'UK')).toBe(false);
  });
});

describe('DPIA screening', () => {
  it('has the nine WP248 criteria and a threshold of two', () => {
    expect(wp248Criteria.map((c) => c.id)).toEqual([
      'evaluation-scoring',
      'automated-decision',
      'systematic-monitoring',
      'sensitive-data',
      'large-scale',
      'matching-datasets',
      'vulnerable-subjects',
      'innovative-technology',
      'prevents-rights',
    ]);
    expect(wp248Criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(WP248_THRESHOLD).toBe(2);
  });

  it('indicates a DPIA from two distinct known criteria', () => {
    expect(dpiaIndicated(['large-scale'])).toBe(false);
    expect(dpiaIndicated(['large-scale', 'large-scale'])).toBe(false);
    expect(dpiaIndicated(['large-scale', 'made-up'])).toBe(false);
    expect(dpiaIndicated(['large-scale', 'vulnerable-subjects'])).toBe(true);
  });
});

describe('risk rating', () => {
  it('has three-step scales', () => {
    expect(riskScales.likelihood.map((l) => l.id)).toEqual(['remote', 'possible', 'probable']);
    expect(riskScales.severity.map((l) => l.id)).toEqual(['minor', 'serious', 'severe']);
  });

  it('bands 1-2 low, 3-5 medium, 6-9 high', () => {
    const bands = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ratingBand(n)?.id);
    expect(bands).toEqual(['low', 'low', 'medium', 'medium', 'medium', 'high', 'high', 'high', 'high']);
    expect(ratingBand(0)).toBeUndefined();
    expect(ratingBand(10)).toBeUndefined();
    expect(ratingBand(2.5)).toBeUndefined();
  });

  it('rates likelihood x severity', () => {
    expect(riskRating(1, 1)).toMatchObject({ rating: 1, band: { id: 'low' } });
    expect(riskRating(3, 1)).toMatchObject({ rating: 3, band: { id: 'medium' } });
    expect(riskRating(2, 2)).toMatchObject({ rating: 4, band: { id: 'medium' } });
    expect(riskRating(2, 3)).toMatchObject({ rating: 6, band: { id: 'high' } });
    expect(riskRating(3, 3)).toMatchObject({ rating: 9, band: { id: 'high' } });
    expect(riskRating(4, 1)).toBeUndefined();
    expect(riskRating(0, 2)).toBeUndefined();
  });
});

describe('rights', () => {
  it('has the nine rights with an article per regime', () => {
    expect(rights.map((r) => r.id)).toEqual(['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated-decision', 'withdraw-consent', 'complaint']);
    expect(right('portability')?.articles).toEqual({ eudpr: '22', gdpr: '20', 'uk-gdpr': '20', fadp: '28' });
    expect(right('objection')?.articles).toEqual({ eudpr: '23', gdpr: '21', 'uk-gdpr': '21', fadp: '30(2)(b)' });
    expect(right('complaint')?.articles).toEqual({ eudpr: '63', gdpr: '77', 'uk-gdpr': '77', fadp: '49(1)' });
    expect(right('restriction')?.articles.fadp).toBeNull();
  });

  it('agrees with the articles table of each regime', () => {
    const key = {
      access: 'access',
      rectification: 'rectification',
      erasure: 'erasure',
      restriction: 'restriction',
      portability: 'portability',
      objection: 'objection',
      'automated-decision': 'automated_decisions',
      'withdraw-consent': 'withdraw_consent',
      complaint: 'complaint',
    } as const;
    for (const regime of REGIMES) {
      for (const r of rights) {
        expect(r.articles[regime], `${regime} ${r.id}`).toBe(regimeInfo(regime).articles[key[r.id]]);
      }
    }
  });

  it('describes every right in English, German, French and Italian', () => {
    for (const r of rights) {
      for (const lang of ['en', 'de', 'fr', 'it'] as const) expect(r.description[lang].length).toBeGreaterThan(20);
    }
  });

  it('selects the rights that apply to the grounds relied on', () => {
    const ids = (kinds: Parameters<typeof rightsFor>[1]) => rightsFor('gdpr', kinds).map((r) => r.id);
    expect(ids(['public-task'])).toContain('objection');
    expect(ids(['public-task'])).not.toContain('portability');
    expect(ids(['public-task'])).not.toContain('withdraw-consent');
    expect(ids(['consent'])).toEqual(expect.arrayContaining(['portability', 'withdraw-consent']));
    expect(ids(['legal-obligation'])).toEqual(['access', 'rectification', 'erasure', 'restriction', 'automated-decision', 'complaint']);
  });
});
