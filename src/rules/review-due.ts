import { isIsoDate } from '../law/index.js';
import { addDuration, articlesOf, cite, citeIfHeld } from './support.js';
import type { RecordRule } from './types.js';

/** A record is reviewed within the configured interval (`review_interval`, default P12M). */
export const reviewDue: RecordRule = {
  kind: 'record',
  id: 'review-due',
  description: 'The record was updated within the review interval (review_interval, default P12M), and not in the future.',
  articles: articlesOf(({ articles }) => [articles.record, articles.controller_responsibility]),
  roles: ['controller', 'processor'],
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, regime, asOf } = context;
    const updated = record.updated;
    if (!isIsoDate(updated)) return;
    if (updated > asOf) {
      context.report({
        path: ['updated'],
        message: `\`updated\` is ${updated}, after ${asOf}: a record cannot have been updated in the future. Write the date of the last actual update (${cite(regime, 'record')}).`,
      });
      return;
    }
    const interval = context.config.reviewInterval;
    const responsibility = citeIfHeld(regime, 'controller_responsibility');
    const due = addDuration(updated, interval);
    if (due >= asOf) return;
    context.report({
      path: ['updated'],
      message: `Last updated ${updated}, more than the review interval (${interval}) ago: the review was due by ${due}. Check the record against the processing as it is today and update \`updated\` (${cite(regime, 'record')}${responsibility ? `; measures are reviewed and updated where necessary, ${responsibility}` : ''}).`,
    });
  },
};
