import { citeArticle, regimeInfo } from '../law/index.js';
import { partyName } from '../record.js';
import { articlesOf, partyNamePath } from './support.js';
import type { RecordRule } from './types.js';

/**
 * Good practice only (the `strict` preset): the contract must bind the processor to the
 * controller's documented instructions, but no article asks the record to restate that term.
 */
export const processorInstructions: RecordRule = {
  kind: 'record',
  id: 'processor-instructions',
  description: "The record states that each processor processes only on the controller's documented instructions.",
  articles: articlesOf(({ articles }) => [articles.processor_instructions]),
  severity: 'warning',
  presets: ['strict'],
  check(context) {
    const instructionsArticle = citeArticle(context.regime, regimeInfo(context.regime).articles.processor_instructions);
    context.record.processors?.forEach((processor, index) => {
      if (processor.instructions_only === true) return;
      const path = ['processors', index];
      const name = partyName(processor, context.config.parties, `no. ${index + 1}`);
      context.report({
        path: processor.instructions_only === false ? [...path, 'instructions_only'] : partyNamePath(processor, path),
        message:
          `The record does not state that the processor ${name} processes the data only on the controller's documented instructions (${instructionsArticle}): ` +
          'set `instructions_only: true` once the contract binds it to that.',
      });
    });
  },
};
