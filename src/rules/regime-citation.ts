import { REGIMES, citeArticle, groundFor, groundsFor, regimeInfo } from '../law/index.js';
import type { DataPath, Regime } from '../model.js';
import { articlesOf, eachText, phraseIn } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

/** Where a record cites the law it rests on; `article`, `condition` and `ground` are checked by the rules that read them. */
const CITING: readonly DataPath[] = [['legal_basis'], ['transfers']];
const CHECKED_ELSEWHERE = new Set(['article', 'ground', 'country', 'organisation', 'recipient', 'data']);

const ARTICLE_AND_PARAGRAPH = /\bArt(?:icle|ikel|\.)?\s*(\d+)\s*(?:\(\s*(\d+)\s*\)|(?:Abs\.?|para(?:graph)?\.?)\s*(\d+))/gi;
const ARTICLE = /\bArt(?:icle|ikel|\.)?\s*(\d+)\s*(?:\(\s*(\d+)\s*\)|(?:Abs\.?|para(?:graph)?\.?)\s*(\d+))?\s*(?:\(\s*([a-z])\s*\)|lit\.?\s*([a-z])\b)?/gi;

/** The record cites the regulation it is kept under, not the other one. */
export const regimeCitation: RecordRule = {
  kind: 'record',
  id: 'regime-citation',
  description: 'The record cites the regulation it is kept under: no GDPR article in a 2018/1725 record, and no 2018/1725 article in a GDPR record.',
  articles: articlesOf(({ articles }) => [articles.lawful_grounds]),
  regimes: ['eudpr', 'gdpr'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const reported = new Set<string>();
    for (const root of CITING) {
      for (const { text, path } of eachText(valueAt(context.record, root), root)) {
        if (path.some((segment) => CHECKED_ELSEWHERE.has(String(segment)))) continue;
        const message = otherRegulationNamed(context.regime, text);
        if (message) {
          context.report({ path, message });
          reported.add(path.join('\u0000'));
        }
      }
    }
    for (const { text, path } of eachText(context.record)) {
      if (reported.has(path.join('\u0000'))) continue;
      const message = definitionOfOtherRegulation(context.regime, text);
      if (message) context.report({ path, message });
    }
  },
};

function valueAt(record: RecordContext['record'], path: DataPath): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], record);
}

/** "Art. 6(1)(e) GDPR" in a 2018/1725 record: which regulation it names and, for a ground, this regime's counterpart. */
function otherRegulationNamed(regime: Regime, text: string): string | undefined {
  for (const other of REGIMES) {
    if (other === regime) continue;
    const name = phraseIn(text, regimeInfo(other).names);
    if (!name) continue;
    const mine = regimeInfo(regime);
    const counterparts = [...text.matchAll(ARTICLE)].flatMap((match) => {
      const article = `${match[1]}${match[2] ?? match[3] ? `(${match[2] ?? match[3]})` : ''}${match[4] ?? match[5] ? `(${(match[4] ?? match[5])!.toLowerCase()})` : ''}`;
      const foreign = groundFor(other, article);
      const counterpart = foreign && groundsFor(regime).find((ground) => ground.kind === foreign.kind);
      if (!foreign) return [];
      return [counterpart ? `${citeArticle(other, foreign.article)} corresponds to ${citeArticle(regime, counterpart.article)}` : `${citeArticle(other, foreign.article)} has no counterpart in ${mine.name}`];
    });
    return (
      `"${name}" names ${regimeInfo(other).name}, but this record is kept under ${mine.name} (\`regime: ${regime}\`)` +
      (counterparts.length > 0 ? `: ${counterparts.join('; ')}.` : '.') +
      ` Cite ${mine.short_name} articles, or set \`regime: ${other}\` if the record is kept under ${regimeInfo(other).name}.`
    );
  }
  return undefined;
}

/** "Art. 3(11)" in a GDPR record: GDPR Art. 3 has three paragraphs; the definitions are in Art. 4. */
function definitionOfOtherRegulation(regime: Regime, text: string): string | undefined {
  const info = regimeInfo(regime);
  const { article, from_paragraph } = info.not_definitions;
  for (const match of text.matchAll(ARTICLE_AND_PARAGRAPH)) {
    const paragraph = Number(match[2] ?? match[3]);
    if (match[1] !== article || paragraph < from_paragraph) continue;
    const consent = /\b(consent|einwilligung|consentement)/i.test(text) ? `; consent is defined in ${citeArticle(regime, info.articles.consent_definition)}` : '';
    return (
      `${match[0].trim()} does not exist in ${info.name}: its Art. ${article} ends at paragraph ${from_paragraph - 1}. ` +
      `The numbering is another regulation's; this record's terms are defined in ${citeArticle(regime, info.definitions)}${consent}.`
    );
  }
  return undefined;
}
