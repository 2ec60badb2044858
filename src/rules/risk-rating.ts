import { PRIOR_CONSULTATION_BAND, ratingBand, regimeInfo, riskRating, type RiskBandId } from '../law/index.js';
import type { DataPath, Regime } from '../model.js';
import type { Risk } from '../record.js';
import { articlesOf, cite } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

/** The risk left after mitigation: the residual assessment where there is one, else the stated rating. */
interface RemainingRisk {
  band: RiskBandId;
  /** How the band was found, for the message: "residual 3 × 3 = 9". */
  shown: string;
  path: DataPath;
}

/** Risk ratings add up (likelihood × severity) and a high risk after mitigation goes to prior consultation. */
export const riskRatingRule: RecordRule = {
  kind: 'record',
  id: 'risk-rating',
  description: 'Each DPIA risk is rated likelihood × severity, and a high risk after mitigation has a prior consultation.',
  articles: articlesOf(({ articles }) => [articles.dpia, articles.prior_consultation]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const dpia = context.record.dpia;
    dpia?.risks?.forEach((risk, index) => {
      const path: DataPath = ['dpia', 'risks', index];
      const inherent = riskRating(risk.likelihood, risk.severity);
      if (!inherent) return;
      if (risk.rating !== undefined && risk.rating !== inherent.rating) {
        context.report({
          path: [...path, 'rating'],
          message: `The rating ${risk.rating} is not likelihood × severity (${risk.likelihood} × ${risk.severity} = ${inherent.rating}): the DPIA's assessment of the risks (${cite(context.regime, 'dpia')}) must add up.`,
        });
      }
      const remaining = remainingRisk(context, risk, path) ?? unmitigatedRisk(risk, path, inherent.rating);
      if (remaining?.band !== PRIOR_CONSULTATION_BAND || dpia.prior_consultation) return;
      const name = risk.id ? `Risk \`${risk.id}\`` : `Risk ${index + 1}`;
      context.report({
        path: remaining.path,
        message: `${name} remains ${remaining.band} after mitigation (${remaining.shown}): ${cite(context.regime, 'prior_consultation')} requires consulting ${authority(context.regime)} before the processing starts. Record it in \`dpia.prior_consultation\`, or mitigate further and state the \`residual\` risk.`,
      });
    });
  },
};

/** The residual risk as assessed: its likelihood × severity, or its level. Reports a level that contradicts the product. */
function remainingRisk(context: RecordContext, risk: Risk, path: DataPath): RemainingRisk | undefined {
  const residual = risk.residual;
  if (!residual) return undefined;
  const rated = residual.likelihood !== undefined && residual.severity !== undefined ? riskRating(residual.likelihood, residual.severity) : undefined;
  if (rated) {
    const product = `${residual.likelihood} × ${residual.severity} = ${rated.rating}`;
    if (residual.level !== undefined && residual.level !== rated.band.id) {
      context.report({
        path: [...path, 'residual', 'level'],
        message: `The residual level "${residual.level}" does not match its likelihood × severity (${product}, ${rated.band.id}): the DPIA's assessment of the risks (${cite(context.regime, 'dpia')}) must add up.`,
      });
    }
    return { band: rated.band.id, shown: `residual ${product}`, path: [...path, 'residual'] };
  }
  if (residual.level !== undefined) return { band: residual.level, shown: `residual level ${residual.level}`, path: [...path, 'residual', 'level'] };
  return undefined;
}

/** Without a residual assessment, the stated rating (else likelihood × severity) is the risk that remains. */
function unmitigatedRisk(risk: Risk, path: DataPath, product: number): RemainingRisk | undefined {
  const band = ratingBand(risk.rating ?? product)?.id;
  if (!band) return undefined;
  return risk.rating !== undefined
    ? { band, shown: `rating ${risk.rating}, no residual rating`, path: [...path, 'rating'] }
    : { band, shown: `${risk.likelihood} × ${risk.severity} = ${product}, no residual rating`, path: [...path, 'likelihood'] };
}

/** Who is consulted: the EDPS under 2018/1725, the (national) supervisory authority under the GDPR. */
function authority(regime: Regime): string {
  const supervisor = regimeInfo(regime).complaint_authority;
  return supervisor.kind === 'fixed' ? supervisor.name.en : 'the supervisory authority';
}
