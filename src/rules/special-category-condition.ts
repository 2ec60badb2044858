import {
  citeArticle,
  criminalCondition,
  groundFor,
  normalizeArticle,
  specialCategory,
  specialCondition,
  specialConditions,
  specialRegime,
  type CriminalCondition,
  type SpecialCategory,
} from '../law/index.js';
import type { DataCategory } from '../record.js';
import { articleRange, articlesOf, citeHeld, fromOtherRegime, lowerFirst, ofAnotherRecordRegime } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

export const specialCategoryCondition: RecordRule = {
  kind: 'record',
  id: 'special-category-condition',
  description: 'Special categories of data name a condition of Art. 10(2) of 2018/1725 (Art. 9(2) GDPR); criminal-convictions data the article that allows it.',
  articles: articlesOf(({ articles }) => [articles.special_categories, articles.criminal_convictions]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    context.record.personal_data?.forEach((data, index) => {
      const category = data.special === undefined ? undefined : specialCategory(data.special);
      if (!category) return;
      const criminal = category.kind === 'criminal' ? criminalCondition(context.regime) : null;
      const problem = criminal ? criminalProblem(context, data, category, criminal) : specialProblem(context, data, category);
      if (problem) context.report({ path: ['personal_data', index, data.condition === undefined ? 'special' : 'condition'], message: problem });
    });
  },
};

function specialProblem(context: RecordContext, data: DataCategory, category: SpecialCategory): string | undefined {
  const { regime } = context;
  if (data.condition !== undefined && ofAnotherRecordRegime(context, data.condition, specialConditions)) return undefined;
  const cite = (article: string) => citeArticle(regime, article);
  const prohibition = citeHeld(regime, 'special_categories');
  const conditions = `${prohibition} (${articleRange(specialConditions(regime))})`;
  if (data.condition === undefined) {
    const { term, rule } = specialRegime(regime);
    return `"${data.category}" holds ${category.label.en}, ${term} (${cite(category.articles[regime])}): ${rule.replace('{conditions}', conditions)}. Name it in \`condition\`.`;
  }
  if (specialCondition(regime, data.condition)) return undefined;
  const mixUp = fromOtherRegime(regime, data.condition, 'condition', specialConditions, (mine, foreign) => mine.id === foreign.id);
  if (mixUp?.counterpart) return mixUp.message;
  const lawfulGround = groundFor(regime, data.condition);
  const why = lawfulGround ? ` ${cite(lawfulGround.article)} is a lawful ground; special categories need, in addition, a condition of ${prohibition}.` : '';
  return `\`${data.condition}\` is not a condition of ${conditions} for special categories of data.${why}`;
}

function criminalProblem({ regime }: RecordContext, data: DataCategory, category: SpecialCategory, allowed: CriminalCondition): string | undefined {
  if (data.condition !== undefined && normalizeArticle(data.condition) === allowed.article) return undefined;
  const rule = `data on ${category.label.en}, which ${citeArticle(regime, allowed.article)} allows to be processed ${lowerFirst(allowed.en)}`;
  return data.condition === undefined
    ? `"${data.category}" holds ${rule} If it is, write \`condition: "${allowed.article}"\` and name the law in the legal basis's \`instrument\`.`
    : `\`${data.condition}\` does not cover "${data.category}": it holds ${rule} Write \`condition: "${allowed.article}"\`.`;
}
