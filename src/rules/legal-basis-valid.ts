import { citeArticle, derogation, groundFor, groundsFor, normalizeArticle, parseArticle, regimeInfo } from '../law/index.js';
import type { Regime } from '../model.js';
import { articleRange, articlesOf, fromOtherRegime, groundKindLabel, markedAsPublicAuthority, ofAnotherRecordRegime, publicAuthorityController } from './support.js';
import type { RecordRule } from './types.js';

export const legalBasisValid: RecordRule = {
  kind: 'record',
  id: 'legal-basis-valid',
  description: 'Each legal basis is a lawful ground of the regime, and a public authority does not rely on legitimate interests.',
  articles: articlesOf((info) => [info.articles.lawful_grounds]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const { regime } = context;
    const authority = publicAuthorityController(context);
    context.record.legal_basis?.forEach((basis, index) => {
      const path = ['legal_basis', index, 'article'];
      if (ofAnotherRecordRegime(context, basis.article, groundsFor)) return;
      const ground = groundFor(regime, basis.article);
      if (!ground) {
        context.report({ path, message: notAGround(regime, basis.article) });
      } else if (ground.in_force_from !== undefined && context.asOf < ground.in_force_from) {
        context.report({
          path,
          message: `${citeArticle(regime, ground.article)} (${groundKindLabel(ground.kind)}) applies from ${ground.in_force_from} only: on ${context.asOf} the processing needed another ground of ${citeArticle(regime, regimeInfo(regime).articles.lawful_grounds)}.`,
        });
      } else if (ground.not_for_public_authorities && authority) {
        const lawfulGrounds = citeArticle(regime, regimeInfo(regime).articles.lawful_grounds);
        context.report({
          path,
          message:
            `${markedAsPublicAuthority(authority)}: ${lawfulGrounds} does not allow it to rely on ` +
            `${groundKindLabel(ground.kind)} (${citeArticle(regime, ground.article)}) for processing in the performance of its tasks. ` +
            'Name the task or legal obligation the processing serves, and the law that lays it down.',
        });
      }
    });
  },
};

function notAGround(regime: Regime, article: string): string {
  const { articles } = regimeInfo(regime);
  const grounds = groundsFor(regime);
  const nameTheGround = `name the ground of ${citeArticle(regime, articles.lawful_grounds)} the processing rests on (${articleRange(grounds)})`;
  const normalized = normalizeArticle(article);
  if (normalized === articles.instrument_required || normalized.startsWith(`${articles.instrument_required}(`)) {
    const laidDownInLaw = grounds.filter((ground) => ground.needs_instrument).map((ground) => ground.article);
    return (
      `${citeArticle(regime, normalized)} is not a lawful ground: it requires that the grounds of ${laidDownInLaw.join(' and ')} ` +
      `be laid down in law; ${nameTheGround} and keep the law in \`instrument\`.`
    );
  }
  if (parseArticle(article).article === undefined) {
    return `\`${article}\` cannot be read as an article: write its number as the regulation does, e.g. ${groundsFor(regime)[0]?.article} for ${citeArticle(regime, groundsFor(regime)[0]?.article ?? '')}, and ${nameTheGround}.`;
  }
  const transferDerogation = derogation(regime, article);
  if (transferDerogation) {
    return (
      `${citeArticle(regime, transferDerogation.article)} is a derogation for transfers to third countries (${citeArticle(regime, regimeInfo(regime).transfers.derogations)}), not a lawful ground: ` +
      `${nameTheGround}, and give the derogation as the \`safeguard\` of the transfer in \`transfers\`.`
    );
  }
  const mixUp = fromOtherRegime(regime, article, 'ground', groundsFor, (mine, foreign) => mine.kind === foreign.kind);
  if (mixUp) return mixUp.counterpart ? mixUp.message : `${mixUp.message}, which has no ${groundKindLabel(mixUp.foreign.kind)} ground: ${nameTheGround}.`;
  return `\`${article}\` is not a lawful ground: ${nameTheGround}.`;
}
