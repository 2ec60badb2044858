import { REGIMES, citeArticle, groundFor, groundsFor, parseArticle, regimeInfo } from '../law/index.js';
import type { Regime } from '../model.js';
import { articlesOf, forEachText, phraseIn, withoutPhrases } from './support.js';
import type { RecordRule } from './types.js';

/** Where a record cites the law it rests on; `article`, `condition` and `ground` are checked by the rules that read them. */
const CITING: ReadonlySet<string> = new Set(['legal_basis', 'transfers']);
/**
 * What a text must hold to be worth reading: the start of an article reference, or a name of a
 * regulation (regimes.json `names`). Most texts hold neither, and are passed over at once.
 */
const WORTH_READING = new RegExp(
  ['\\bart(?:icle|ikel|\\.|\\s*\\d)', ...REGIMES.flatMap((regime) => regimeInfo(regime).names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))].join('|'),
  'i',
);
const CHECKED_ELSEWHERE = new Set(['article', 'ground', 'country', 'organisation', 'recipient', 'data']);

const ARTICLE_AND_PARAGRAPH = /\bArt(?:icle|ikel|\.)?\s*(\d+)\s*(?:\(\s*(\d+)\s*\)|(?:Abs\.?|para(?:graph)?\.?)\s*(\d+))/gi;
const ARTICLE = /\bArt(?:icle|ikel|\.)?\s*(\d+)\s*(?:\(\s*(\d+)\s*\)|(?:Abs\.?|para(?:graph)?\.?)\s*(\d+))?\s*(?:\(\s*([a-z])\s*\)|lit\.?\s*([a-z])\b)?/gi;

/** The record cites the regulation it is kept under, not the other one. */
export const regimeCitation: RecordRule = {
  kind: 'record',
  id: 'regime-citation',
  description: 'The record cites the regulation it is kept under: no GDPR article in a 2018/1725 record, and no 2018/1725 article in a GDPR record.',
  articles: articlesOf(({ articles }) => [articles.lawful_grounds]),
  roles: ['controller', 'processor'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    forEachText(context.record, (text, path) => {
      if (!WORTH_READING.test(text)) return;
      const citing = CITING.has(String(path[0])) && !path.some((segment) => CHECKED_ELSEWHERE.has(String(segment)));
      const message = (citing ? otherRegulationNamed(context.regime, context.regimes, text) : undefined) ?? definitionOfOtherRegulation(context.regime, text);
      if (message) context.report({ path: [...path], message });
    });
  },
};

/**
 * "Art. 6(1)(e) GDPR" in a 2018/1725 record: which regulation it names and, for a ground, this
 * regime's counterpart. The names of the record's own regimes are read first, so that "UK GDPR"
 * in a UK GDPR record is not taken for "GDPR".
 */
function otherRegulationNamed(regime: Regime, recordRegimes: readonly Regime[], text: string): string | undefined {
  const rest = withoutPhrases(text, ownNames(recordRegimes));
  for (const other of REGIMES) {
    if (recordRegimes.includes(other)) continue;
    const name = phraseIn(rest, regimeInfo(other).names);
    if (!name) continue;
    const mine = regimeInfo(regime);
    const counterparts = [...text.matchAll(ARTICLE)].flatMap((match) => {
      const article = parseArticle(match[0]).article;
      const foreign = article === undefined ? undefined : groundFor(other, article);
      const counterpart = foreign && groundsFor(regime).find((ground) => ground.kind === foreign.kind);
      if (!foreign) return [];
      return [
        counterpart ? `${citeArticle(other, foreign.article)} corresponds to ${citeArticle(regime, counterpart.article)}` : `${citeArticle(other, foreign.article)} has no counterpart in ${mine.name}`,
      ];
    });
    return (
      `"${name}" names ${regimeInfo(other).name}, but this record is kept under ${mine.name} (\`regime: ${regime}\`)` +
      (counterparts.length > 0 ? `: ${counterparts.join('; ')}.` : '.') +
      ` Cite ${mine.short_name} articles (its lawful grounds are in ${citeArticle(regime, mine.articles.lawful_grounds)}), or set \`regime: ${other}\` if the record is kept under ${regimeInfo(other).name}.`
    );
  }
  return undefined;
}

const ownNamesOf = new Map<string, readonly string[]>();

/** The names of a record's regimes, one list per set of regimes, so that withoutPhrases prepares each once. */
function ownNames(recordRegimes: readonly Regime[]): readonly string[] {
  const key = recordRegimes.join(' ');
  let names = ownNamesOf.get(key);
  if (!names) {
    names = recordRegimes.flatMap((own) => [...regimeInfo(own).names, ...regimeInfo(own).accepted_names]);
    ownNamesOf.set(key, names);
  }
  return names;
}

/** "Art. 3(11)" in a GDPR record: GDPR Art. 3 has three paragraphs; the definitions are in Art. 4. */
function definitionOfOtherRegulation(regime: Regime, text: string): string | undefined {
  const info = regimeInfo(regime);
  if (info.not_definitions === null) return undefined;
  const { article, from_paragraph } = info.not_definitions;
  for (const match of text.matchAll(ARTICLE_AND_PARAGRAPH)) {
    const paragraph = Number(match[2] ?? match[3]);
    if (match[1] !== article || paragraph < from_paragraph) continue;
    const consent = /\b(consent|einwilligung|consentement)/i.test(text) ? `; consent is defined in ${citeArticle(regime, info.articles.consent_definition)}` : '';
    return (
      `${match[0]} does not exist in ${info.name}: its Art. ${article} ends at paragraph ${from_paragraph - 1}. ` +
      `The numbering is another regulation's; this record's terms are defined in ${citeArticle(regime, info.definitions)}${consent}.`
    );
  }
  return undefined;
}
