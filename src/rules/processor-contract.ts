import { citeArticle, regimeInfo } from '../law/index.js';
import { partyName } from '../record.js';
import { articlesOf, partyNamePath } from './support.js';
import type { RecordRule } from './types.js';

/**
 * A warning: Art. 31(1) / Art. 30(1) do not ask the record to name the contract, but a register
 * that does shows that Art. 29(3) / Art. 28(3) is met.
 */
export const processorContract: RecordRule = {
  kind: 'record',
  id: 'processor-contract',
  description: 'Each processor names the contract or other legal act that binds it.',
  articles: articlesOf(({ articles }) => [articles.processor_contract]),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const contractArticle = citeArticle(context.regime, regimeInfo(context.regime).articles.processor_contract);
    context.record.processors?.forEach((processor, index) => {
      if (processor.contract) return;
      const name = partyName(processor, context.config.parties, `no. ${index + 1}`);
      context.report({
        path: partyNamePath(processor, ['processors', index]),
        message: `No contract is recorded for the processor ${name}: processing by a processor is governed by a contract or other legal act (${contractArticle}). Give its reference in \`contract\`.`,
      });
    });
  },
};
