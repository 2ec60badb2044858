import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { chooseLang, translate } from '../../src/render/i18n.js';
import { citeArticles, countryName, formatArticle, formatDate, formatDuration, formatList } from '../../src/render/words.js';

describe('durations in words', () => {
  it.each([
    ['P3M', 'en', '3 months'],
    ['P1Y', 'en', '1 year'],
    ['P7D', 'en', '7 days'],
    ['P1Y6M', 'en', '1 year and 6 months'],
    ['P2W', 'en', '2 weeks'],
    ['PT12H', 'en', '12 hours'],
    ['P3M', 'de', '3 Monate'],
    ['P1Y', 'de', '1 Jahr'],
    ['P3M', 'fr', '3 mois'],
    ['P1Y', 'fr', '1 an'],
  ] as const)('%s in %s is "%s"', (duration, lang, words) => {
    expect(formatDuration(duration, lang).replace(/\s/g, ' ')).toBe(words);
  });

  it('returns what is not an ISO 8601 duration unchanged', () => {
    expect(formatDuration('three months', 'en')).toBe('three months');
  });
});

describe('dates, countries and lists', () => {
  it('writes a date out in the language, without a time-zone shift', () => {
    expect(formatDate('2023-03-20', 'en')).toBe('20 March 2023');
    expect(formatDate('2023-03-20', 'de')).toBe('20. März 2023');
    expect(formatDate('2023-03-20', 'fr')).toBe('20 mars 2023');
    expect(formatDate('2023-01-01', 'en')).toBe('1 January 2023');
  });

  it('names countries from ISO codes', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('US', 'de')).toBe('Vereinigte Staaten');
    expect(countryName('CN', 'fr')).toBe('Chine');
  });

  it('joins lists with the language conjunction', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a', 'b'], 'de')).toBe('a und b');
    expect(formatList(['a', 'b'], 'fr')).toBe('a et b');
  });
});

describe('article citations', () => {
  it('cites Regulation 2018/1725 in full and the GDPR by its short name', () => {
    expect(citeArticles(['5(1)(a)'], 'eudpr', 'en')).toBe('Article 5(1)(a) of Regulation (EU) 2018/1725');
    expect(citeArticles(['6(1)(e)'], 'gdpr', 'en')).toBe('Art. 6(1)(e) GDPR');
    expect(citeArticles(['15', '16'], 'eudpr', 'en')).toBe('Articles 15 and 16 of Regulation (EU) 2018/1725');
  });

  it('localises paragraphs and points', () => {
    expect(formatArticle('6(1)(e)', 'de')).toBe('6 Abs. 1 lit. e');
    expect(citeArticles(['6(1)(e)'], 'gdpr', 'de')).toBe('Art. 6 Abs. 1 lit. e DSGVO');
    expect(citeArticles(['5(1)(a)'], 'eudpr', 'fr')).toBe('Article 5, paragraphe 1, point a) du règlement (UE) 2018/1725');
    expect(citeArticles(['13', '14'], 'gdpr', 'fr')).toBe('Articles 13 et 14 du RGPD');
  });
});

describe('language of the built-in text', () => {
  const config = defaultConfig('/tmp');
  it('takes --lang, then render.lang, then the config language, then the record language, then English', () => {
    expect(chooseLang('fr', { ...config, render: { lang: 'de' } }, 'en')).toBe('fr');
    expect(chooseLang(undefined, { ...config, render: { lang: 'de' }, language: 'fr' }, 'en')).toBe('de');
    expect(chooseLang(undefined, { ...config, language: 'fr-BE' }, 'de')).toBe('fr');
    expect(chooseLang(undefined, { ...config, language: 'es' }, 'de-AT')).toBe('de');
    expect(chooseLang(undefined, { ...config, language: 'it-CH' }, 'de')).toBe('it');
    expect(chooseLang(undefined, config, 'es')).toBe('en');
  });

  it('fills placeholders and refuses unknown keys', () => {
    expect(translate('en', 'footer.reference', { id: 'x-1' })).toBe('Reference: x-1');
    expect(() => translate('en', 'no.such.key')).toThrow(/no built-in text "no.such.key"/);
  });
});
