import { citeArticle, regimeInfo } from '../law/index.js';
import { partyName } from '../record.js';
import { articlesOf, partyNamePath } from './support.js';
import type { RecordRule } from './types.js';

export const processorContract: RecordRule = {
  kind: 'record',
  id: 'processor-contract',
  description: 'Each processor is bound by a contract to process only on the controller\'s instructions, not for purposes of its own.',
  articles: articlesOf(({ articles }) => [articles.processor_contract, articles.processor_instructions]),
  regimes: ['eudpr', 'gdpr'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const { articles } = regimeInfo(context.regime);
    const contractArticle = citeArticle(context.regime, articles.processor_contract);
    const instructionsArticle = citeArticle(context.regime, articles.processor_instructions);
    context.record.processors?.forEach((processor, index) => {
      const path = ['processors', index];
      const name = partyName(processor, context.config.parties, `no. ${index + 1}`);
      if (!processor.contract) {
        context.report({
          path: partyNamePath(processor, path),
          message: `No contract is recorded for the processor ${name}: processing by a processor is governed by a contract or other legal act (${contractArticle}). Give its reference in \`contract\`.`,
        });
      }
      if (processor.instructions_only !== true) {
        context.report({
          path: processor.instructions_only === false ? [...path, 'instructions_only'] : partyNamePath(processor, path),
          message:
            `The record does not state that the processor ${name} processes the data only on the controller's documented instructions (${instructionsArticle}): ` +
            'set `instructions_only: true` once the contract binds it to that.',
        });
      }
      if (processor.own_purposes === true) {
        context.report({
          path: [...path, 'own_purposes'],
          message:
            `The processor ${name} also processes the data for purposes of its own: a processor processes only on the controller's instructions (${instructionsArticle}). ` +
            'Choose a provider, or contract terms, that exclude processing for its own purposes.',
        });
      }
    });
  },
};
