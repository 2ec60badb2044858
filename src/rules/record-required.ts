import { validateRecordRequirements } from '../validate/schema.js';
import { articlesOf } from './support.js';
import type { RecordRule } from './types.js';

/** What the regime makes mandatory in the record; its messages come from src/law/regimes/<regime>/record.schema.json. */
export const recordRequired: RecordRule = {
  kind: 'record',
  id: 'record-required',
  description: 'Every item that Art. 31(1) of 2018/1725 (Art. 30(1) GDPR) requires in a record is present.',
  articles: articlesOf(({ articles }) => [articles.record]),
  roles: ['controller', 'processor'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    for (const finding of validateRecordRequirements(context.record, context.regime, context, this.id)) {
      context.report({ range: finding, message: finding.message });
    }
  },
};
