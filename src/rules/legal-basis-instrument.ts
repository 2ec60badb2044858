import { citeArticle, groundFor, regimeInfo } from '../law/index.js';
import { articlesOf, citeIfHeld, groundKindLabel } from './support.js';
import type { RecordRule } from './types.js';

export const legalBasisInstrument: RecordRule = {
  kind: 'record',
  id: 'legal-basis-instrument',
  description: 'A public-task or legal-obligation ground names the law it rests on (`instrument`).',
  articles: articlesOf((info) => [info.articles.instrument_required, info.articles.notice_legal_basis]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  scope: 'notice',
  check(context) {
    const { regime } = context;
    const noticeArticle = citeIfHeld(regime, 'notice_legal_basis');
    context.record.legal_basis?.forEach((basis, index) => {
      const ground = groundFor(regime, basis.article);
      if (!ground?.needs_instrument || basis.instrument) return;
      context.report({
        path: ['legal_basis', index, 'article'],
        message:
          `${citeArticle(regime, ground.article)} (${groundKindLabel(ground.kind)}) must be laid down in law ` +
          `(${citeArticle(regime, regimeInfo(regime).articles.instrument_required)})` +
          (noticeArticle ? `, and the notice tells people the legal basis (${noticeArticle}): ` : ': ') +
          'name the law and provision the processing rests on in `instrument`.',
      });
    });
  },
};
