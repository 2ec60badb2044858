import { citeArticle, consentCondition, groundFor, normalizeArticle, regimeInfo, type Regime } from '../law/index.js';
import type { LegalBasis } from '../record.js';
import { articlesOf, citeHeld } from './support.js';
import type { RecordRule } from './types.js';

type ConsentStatement = keyof NonNullable<LegalBasis['consent']>;

export const consentWithdrawal: RecordRule = {
  kind: 'record',
  id: 'consent-withdrawal',
  description: 'Where consent is relied on, the record says how it is given and how it can be withdrawn.',
  articles: articlesOf(({ articles }) => [articles.consent_definition, articles.withdraw_consent, articles.notice_withdraw_consent]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  scope: 'notice',
  check(context) {
    const { regime, record } = context;
    const bases = record.legal_basis ?? [];
    const isConsent = (basis: LegalBasis) => groundFor(regime, basis.article)?.kind === 'consent';
    bases.forEach((basis, index) => {
      const missing = missingStatements(regime, basis);
      if (!isConsent(basis) || missing.length === 0) return;
      // At the `consent:` key when there is one, else at the ground.
      context.report({
        path: ['legal_basis', index, basis.consent ? 'consent' : 'article'],
        prefer: basis.consent ? 'key' : 'value',
        message: `Consent (${citeArticle(regime, normalizeArticle(basis.article))}) is relied on ${withoutStatements(regime, missing)}`,
      });
    });

    // Explicit consent for special categories needs the same statements; a consent ground above is reported already.
    if (bases.some(isConsent) || bases.some((basis) => missingStatements(regime, basis).length === 0)) return;
    const explicitConsent = consentCondition(regime).article;
    record.personal_data?.forEach((data, index) => {
      if (data.condition === undefined || normalizeArticle(data.condition) !== explicitConsent) return;
      context.report({
        path: ['personal_data', index, 'condition'],
        message: `Explicit consent (${citeArticle(regime, explicitConsent)}) is relied on for "${data.category}" ${withoutStatements(regime, statementsOf(regime))} Write them in the \`consent\` of a legal basis.`,
      });
    });
  },
};

/** How consent is given, and, where the regime has a right to withdraw it (not the FADP), how it is withdrawn. */
function statementsOf(regime: Regime): ConsentStatement[] {
  return regimeInfo(regime).articles.withdraw_consent === null ? ['given'] : ['given', 'withdrawal'];
}

function missingStatements(regime: Regime, basis: LegalBasis): ConsentStatement[] {
  return statementsOf(regime).filter((statement) => !basis.consent?.[statement]);
}

function withoutStatements(regime: Regime, missing: readonly ConsentStatement[]): string {
  const cite = (key: 'consent_definition' | 'consent_conditions' | 'withdraw_consent' | 'notice_withdraw_consent') => citeHeld(regime, key);
  const reasons = {
    given: () => `the controller must be able to show that consent was freely given, specific, informed and unambiguous (${cite('consent_definition')}, ${cite('consent_conditions')})`,
    withdrawal: () => `withdrawing consent must be as easy as giving it (${cite('withdraw_consent')}), and the notice must tell of the right to withdraw it (${cite('notice_withdraw_consent')})`,
  };
  const fields = missing.map((statement) => `\`consent.${statement}\``).join(' and ');
  return `without ${fields}: ${missing.map((statement) => reasons[statement]()).join('; ')}.`;
}
