/** Values in words, in the notice's language: durations, dates, countries, lists, article citations. */
import { regimeInfo } from '../law/index.js';
import type { Regime } from '../model.js';
import { DURATION_UNITS, parseDuration } from '../duration.js';
import { localeOf, translate, type Lang } from './i18n.js';

// Intl objects are costly to construct and immutable: one per locale and kind.
const cache = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
}

/** An ISO 8601 duration in words: P3M -> "3 months" / "3 Monate" / "3 mois"; P1Y6M -> "1 year and 6 months". */
export function formatDuration(duration: string, lang: Lang): string {
  const amounts = parseDuration(duration);
  if (!amounts) return duration;
  const locale = localeOf(lang);
  const parts = DURATION_UNITS.flatMap((unit) => {
    const amount = amounts[unit];
    if (amount === undefined) return [];
    const format = cached(`unit:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }));
    return [format.format(amount)];
  });
  return formatList(parts, lang);
}

/** A YYYY-MM-DD date written out, e.g. "20 March 2023" / "20. März 2023"; the time zone is fixed so the day never shifts. */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const locale = localeOf(lang);
  const format = cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** The name of a country from its ISO 3166-1 alpha-2 code; an unknown code is returned as it is. */
export function countryName(code: string, lang: Lang): string {
  const locale = localeOf(lang);
  const names = cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "a, b and c" / "a, b und c" / "a, b et c". */
export function formatList(items: readonly string[], lang: Lang): string {
  const locale = localeOf(lang);
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

const ARTICLE = /^(\d+)(?:\((\d+)\))?(?:\(([a-z]{1,2})\))?$/;

/** An article reference in the language's style: 6(1)(e) -> "6(1)(e)" / "6 Abs. 1 lit. e" / "6, paragraphe 1, point e)". */
export function formatArticle(article: string, lang: Lang): string {
  const match = ARTICLE.exec(article);
  if (!match) return article;
  const [, number, paragraph, point] = match;
  return number + (paragraph ? translate(lang, 'citation.paragraph', { n: paragraph }) : '') + (point ? translate(lang, 'citation.point', { n: point }) : '');
}

/** "Article 5(1)(a) of Regulation (EU) 2018/1725", "Art. 13 and 14 GDPR", localised. */
export function citeArticles(articles: readonly string[], regime: Regime, lang: Lang): string {
  const formatted = articles.map((article) => formatArticle(article, lang));
  const forms = regimeInfo(regime).cited_as[lang];
  if (formatted.length === 1) return forms.one.replace('{article}', formatted[0]!);
  return forms.many.replace('{articles}', formatList(formatted, lang));
}
