/**
 * The edges of src/law/index.ts's helpers that the rule tables reach only through valid records:
 * what an impossible argument does, how untidy text is read, the bounds of the risk scales.
 */
import { describe, expect, it } from 'vitest';
import {
  adequacyDecisionsFor,
  adequacyFor,
  canonicalCountry,
  citationPattern,
  groundsFor,
  regimeOfArticle,
  countryCodeMistake,
  isIsoDate,
  normalizeArticle,
  parseArticle,
  ratingBand,
  regimeInfo,
  riskRating,
  rightsFor,
} from '../../src/law/index.js';
import type { Regime } from '../../src/model.js';

describe('arguments no caller should pass', () => {
  it('refuses an unknown regime by name, and a date that is not YYYY-MM-DD, quoting it', () => {
    expect(() => regimeInfo('atlantis' as Regime)).toThrow(new TypeError('unknown regime: atlantis'));
    expect(() => adequacyFor('gdpr', 'US', '2023-02-30')).toThrow(new RangeError('not a YYYY-MM-DD date: 2023-02-30'));
  });

  it('takes a day past the end of a month for no date', () => {
    for (const day of ['2023-02-30', '2023-04-31', '2023-06-00', '2023-00-10']) expect(isIsoDate(day), day).toBe(false);
  });
});

describe('articles as DPOs write them', () => {
  it.each([
    ['Art. 6(1)(e) GDPR', '6(1)(e)', 'gdpr'],
    ['Art. 6 Abs. 1 lit. e der DSGVO', '6(1)(e)', 'gdpr'],
    ['article 5(1)(a) of Regulation (EU) 2018/1725', '5(1)(a)', 'eudpr'],
    ['Art. 6(1)(e) UK GDPR', '6(1)(e)', 'uk-gdpr'],
    ['  6(1)(c)  ', '6(1)(c)', undefined],
  ])('reads %j as %s, naming %s', (text, article, regime) => {
    expect(parseArticle(text)).toEqual({ article, regimeNamed: regime });
  });

  it('keeps text it cannot read, in lower case without spaces', () => {
    expect(normalizeArticle('  Annex  II ')).toBe('annexii');
    expect(normalizeArticle('Art. 6 (1) (f)')).toBe('6(1)(f)');
  });
});

describe('country codes', () => {
  it('reads a code with spaces or in lower case, and the common mistakes', () => {
    expect(countryCodeMistake(' uk ')).toBe('GB');
    expect(countryCodeMistake('el')).toBe('GR');
    expect(countryCodeMistake('DE')).toBeUndefined();
    expect(canonicalCountry(' de ')).toBe('DE');
    expect(canonicalCountry('uk')).toBe('GB');
  });
});

describe('risk scales', () => {
  it('rate only whole levels from 1 to 3', () => {
    expect(riskRating(2, 3)).toMatchObject({ rating: 6 });
    for (const [likelihood, severity] of [
      [0, 2],
      [4, 1],
      [1.5, 2],
      [2, 0],
      [2, 3.5],
    ]) {
      expect(riskRating(likelihood!, severity!), `${likelihood} x ${severity}`).toBeUndefined();
    }
  });

  it('give a band to whole ratings from 1 to 9 only', () => {
    expect(ratingBand(9)).toBeDefined();
    expect(ratingBand(1)).toBeDefined();
    expect(ratingBand(4.5)).toBeUndefined();
    expect(ratingBand(10)).toBeUndefined();
    expect(ratingBand(0)).toBeUndefined();
  });
});

describe('citations and rights per regime', () => {
  it("finds each regime's own citations in a text, and only those", () => {
    const text = 'See Art. 30(1)(a) GDPR, Art. 31(1) of 2018/1725, Art. 30(1) UK GDPR and Art. 12 FADP.';
    const found = (regime: Regime) => text.match(citationPattern(regime)) ?? [];
    expect(found('gdpr')).toEqual(['Art. 30(1)(a) GDPR']);
    expect(found('eudpr')).toEqual(['Art. 31(1) of 2018/1725']);
    expect(found('uk-gdpr')).toEqual(['Art. 30(1) UK GDPR']);
    expect(found('fadp')).toEqual(['Art. 12 FADP']);
  });

  it('leaves out the rights a regime does not have', () => {
    const ids = (regime: Regime) => rightsFor(regime, ['consent', 'contract', 'legal-obligation', 'public-task', 'legitimate-interests']).map((right) => right.id);
    expect(ids('gdpr')).toEqual(expect.arrayContaining(['restriction', 'withdraw-consent']));
    expect(ids('fadp')).not.toContain('restriction');
    expect(ids('fadp')).not.toContain('withdraw-consent');
    expect(ids('fadp')).toContain('access');
  });
});

describe('which regime an article belongs to, and where a transfer goes', () => {
  it.each([
    ['6(1)(b)', 'uk-gdpr', ['gdpr', 'uk-gdpr'], 'uk-gdpr', 'the run under the regime that holds it, though another of the record’s holds it too'],
    ['6(1)(b)', 'fadp', ['fadp', 'gdpr'], 'gdpr', 'the first of the record’s regimes that holds it'],
    ['Art. 6(1)(b) GDPR', 'uk-gdpr', ['gdpr', 'uk-gdpr'], 'gdpr', 'the regime it names'],
    ['99', 'fadp', ['fadp', 'gdpr'], 'fadp', 'none holds it: the run’s own'],
  ] as const)('%s in a run under %s of %j: %s (%s)', (article, regime, regimes, expected) => {
    expect(regimeOfArticle(article, regime, regimes, groundsFor)).toBe(expected);
  });

  it('finds an organisation’s adequacy by its id or name, untidy, and nothing for another', () => {
    expect(adequacyDecisionsFor('gdpr', ' epo ').map((d) => d.organisation)).toEqual(['EPO']);
    expect(adequacyDecisionsFor('gdpr', 'European Patent Organisation').map((d) => d.organisation)).toEqual(['EPO']);
    expect(adequacyDecisionsFor('gdpr', 'World Organisation of Nowhere')).toEqual([]);
  });
});
