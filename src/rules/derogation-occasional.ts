import { normalizeText } from '../text.js';
import { citeArticle, regimeInfo } from '../law/index.js';
import { articlesOf, processorNames } from './support.js';
import type { RecordRule } from './types.js';

/**
 * A warning: the derogations are for specific situations (the title of Art. 49 GDPR and Art. 50
 * of 2018/1725), occasional transfers (GDPR recital 111), to be read restrictively (EDPB
 * Guidelines 2/2018); a processor working on the data all along is the opposite of that.
 */
export const derogationOccasional: RecordRule = {
  kind: 'record',
  id: 'derogation-occasional',
  description: "A derogation is not the safeguard of a processor's regular, systematic transfers.",
  articles: articlesOf(({ transfers }) => [transfers.derogations, transfers.safeguards]),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, config, regime } = context;
    const { transfers } = regimeInfo(regime);
    const derogations = (record.transfers ?? []).flatMap((transfer, index) => (transfer.safeguard?.type === 'derogation' ? [{ transfer, index }] : []));
    if (derogations.length === 0) return;
    const processors = processorNames(record, config.parties);
    derogations.forEach(({ transfer, index }) => {
      if (!processors.has(normalizeText(transfer.recipient))) return;
      context.report({
        path: ['transfers', index, 'safeguard', 'type'],
        message:
          `The transfer to the processor ${transfer.recipient} rests on a derogation (${citeArticle(regime, transfers.derogations)}), which serves specific, occasional transfers (EDPB Guidelines 2/2018), ` +
          `not a processor's regular and systematic processing: it needs an adequacy decision (${citeArticle(regime, transfers.adequacy)}) or appropriate safeguards such as standard contractual clauses (${citeArticle(regime, transfers.safeguards)}).`,
      });
    });
  },
};
