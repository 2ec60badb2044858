import { citeArticle, regimeInfo } from '../law/index.js';
import { partyName } from '../record.js';
import { articlesOf } from './support.js';
import type { RecordRule } from './types.js';

/** A provider that the record says processes for purposes of its own is not acting as a processor. */
export const processorOwnPurposes: RecordRule = {
  kind: 'record',
  id: 'processor-own-purposes',
  description: 'No processor processes the data for purposes of its own.',
  articles: articlesOf(({ articles }) => [articles.processor_instructions]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const instructionsArticle = citeArticle(context.regime, regimeInfo(context.regime).articles.processor_instructions);
    context.record.processors?.forEach((processor, index) => {
      if (processor.own_purposes !== true) return;
      const name = partyName(processor, context.config.parties, `no. ${index + 1}`);
      context.report({
        path: ['processors', index, 'own_purposes'],
        message:
          `The processor ${name} also processes the data for purposes of its own: a processor processes only on the controller's instructions (${instructionsArticle}). ` +
          'Choose a provider, or contract terms, that exclude processing for its own purposes.',
      });
    });
  },
};
