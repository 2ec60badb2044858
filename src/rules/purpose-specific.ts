import { articlesOf, cite, isOneOf } from './support.js';
import type { RecordRule } from './types.js';

/** Purposes that say nothing about what the data is used for. Only whole purposes are matched. */
export const VAGUE_PURPOSES = [
  'other',
  'others',
  'other purposes',
  'various',
  'various purposes',
  'miscellaneous',
  'misc',
  'business',
  'business purpose',
  'business purposes',
  'commercial purposes',
  'internal purposes',
  'internal use',
  'administration',
  'administrative purposes',
  'general purposes',
  'legitimate purposes',
  'any purpose',
  'all purposes',
  'n/a',
  'see above',
  'sonstige',
  'sonstiges',
  'sonstige zwecke',
  'verschiedene',
  'verschiedene zwecke',
  'geschäftszwecke',
  'geschäftliche zwecke',
  'interne zwecke',
  'verwaltung',
  'verwaltungszwecke',
  'autre',
  'autres',
  'autres finalités',
  'divers',
  'diverses finalités',
  'fins commerciales',
  'usage interne',
  'gestion',
];

/** Each purpose is specified: not a placeholder such as "other" or "business purposes". */
export const purposeSpecific: RecordRule = {
  kind: 'record',
  id: 'purpose-specific',
  description: 'Each purpose says what the data is used for, not "other", "various" or "business purposes".',
  articles: articlesOf(({ articles }) => [articles.purpose_limitation, articles.record_purposes]),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const { regime } = context;
    context.record.purposes?.forEach((purpose, index) => {
      if (!isOneOf(purpose, VAGUE_PURPOSES)) return;
      context.report({
        path: ['purposes', index],
        message: `"${purpose}" is not a specified purpose: ${cite(regime, 'purpose_limitation')} requires specified, explicit purposes, and ${cite(regime, 'record_purposes')} lists them in the record. Say what the data is used for.`,
      });
    });
  },
};
