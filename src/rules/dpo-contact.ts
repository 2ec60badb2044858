import { regimeInfo } from '../law/index.js';
import { articlesOf, citeHeld, citeIfHeld, partyNamePath, publicAuthorityController } from './support.js';
import { partyField, partyName } from '../record.js';
import type { RecordRule } from './types.js';

/**
 * The DPO can be reached by e-mail. The record's own `dpo` is checked by record-required (which
 * also requires it in every 2018/1725 record); this rule checks a DPO taken from a controller
 * defined in privrec.yaml, and under the GDPR a public authority without any DPO.
 */
export const dpoContact: RecordRule = {
  kind: 'record',
  id: 'dpo-contact',
  description: "The DPO's e-mail address is known: from the record or the controller's party, and for every GDPR public authority.",
  articles: articlesOf(({ articles }) => [articles.record_dpo, articles.notice_dpo, articles.dpo_designation]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, regime, config } = context;
    if (record.dpo) return;
    const required = [citeIfHeld(regime, 'record_dpo'), context.rendersNotice ? citeIfHeld(regime, 'notice_dpo') : undefined].filter((article) => article !== undefined);
    if (required.length === 0) return;
    const why = `${required.join(' and ')} ${required.length === 1 ? 'requires' : 'require'} the DPO's contact details`;
    let dpoFound = false;
    record.controllers?.forEach((entry, index) => {
      const dpo = partyField(entry, config.parties, 'dpo');
      if (!dpo) return;
      dpoFound = true;
      if (dpo.email !== undefined) return;
      context.report({
        path: partyNamePath(entry, ['controllers', index]),
        message: `The DPO of ${partyName(entry, config.parties, 'this controller')} has no e-mail address: ${why}. Add its \`email\`, or give \`dpo\` in the record.`,
      });
    });
    // Where every controller has a DPO (2018/1725), record-required already reports a record without `dpo`.
    if (dpoFound || regimeInfo(regime).dpo_designation !== 'public-authorities') return;
    const authority = publicAuthorityController(context);
    if (!authority) return;
    context.report({
      path: ['dpo'],
      message: `${authority} is a public authority and must designate a DPO (${citeHeld(regime, 'dpo_designation')}); ${why}. Add \`dpo\` with an \`email\`.`,
    });
  },
};
