import { citeArticle, parseArticle } from '../law/index.js';
import type { DataPath } from '../model.js';
import { articlesOf } from './support.js';
import type { RecordRule } from './types.js';

/**
 * Good practice (`strict`): articles in the form the law data and the rendered pages use. privrec
 * reads `Art. 6 Abs. 1 lit. e DSGVO` as 6(1)(e) anyway; this rule, and its fix, write it so.
 */
export const articleNotation: RecordRule = {
  kind: 'record',
  id: 'article-notation',
  description: 'Articles are written as the regulation numbers them, 6(1)(e), not in a national notation (fixable).',
  articles: articlesOf(({ articles }) => [articles.lawful_grounds]),
  roles: ['controller', 'processor'],
  severity: 'warning',
  presets: ['strict'],
  check(context) {
    const { record, regime } = context;
    const check = (written: string | undefined, path: DataPath) => {
      if (written === undefined) return;
      const { article } = parseArticle(written);
      if (article === undefined || article === written) return;
      context.report({
        path,
        fix: article,
        message: `\`${written}\` is read as ${citeArticle(regime, article)}: write \`${article}\`, as the regulation numbers it and the register shows it.`,
      });
    };
    record.legal_basis?.forEach((basis, index) => check(basis.article, ['legal_basis', index, 'article']));
    record.personal_data?.forEach((data, index) => check(data.condition, ['personal_data', index, 'condition']));
    record.transfers?.forEach((transfer, index) => check(transfer.safeguard?.ground, ['transfers', index, 'safeguard', 'ground']));
  },
};
