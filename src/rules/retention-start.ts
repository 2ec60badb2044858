import { articlesOf, cite } from './support.js';
import type { RecordRule } from './types.js';

/** A retention period says from which event it runs. */
export const retentionStart: RecordRule = {
  kind: 'record',
  id: 'retention-start',
  description: 'A retention `period` names the event it runs `after` (or `until`).',
  articles: articlesOf(({ articles }) => [articles.record_retention, articles.notice_retention]),
  severity: 'warning',
  presets: ['strict'],
  check(context) {
    context.record.retention?.forEach((entry, index) => {
      if (entry.period === undefined || entry.after !== undefined || entry.until !== undefined) return;
      context.report({
        path: ['retention', index, 'period'],
        message: `The period ${entry.period} does not say from which event it runs: add \`after\`, e.g. "collection" or "the end of the contract", so that the time limit can be applied (${cite(context.regime, 'record_retention')}).`,
      });
    });
  },
};
