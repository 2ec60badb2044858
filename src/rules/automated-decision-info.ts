import { articlesOf, cite } from './support.js';
import type { RecordRule } from './types.js';

const INFORMATION = ['logic', 'significance'] as const;

/** Automated decisions need the information the notice must give about them. */
export const automatedDecisionInfo: RecordRule = {
  kind: 'record',
  id: 'automated-decision-info',
  description: 'Automated decision-making states its logic and its significance and consequences for the person.',
  articles: articlesOf(({ articles }) => [articles.notice_automated_decisions, articles.automated_decisions]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  scope: 'notice',
  check(context) {
    const decisions = context.record.automated_decisions;
    if (decisions?.used !== true) return;
    const missing = INFORMATION.filter((key) => decisions[key] === undefined);
    if (missing.length === 0) return;
    const { regime } = context;
    context.report({
      path: ['automated_decisions', 'used'],
      message: `Automated decisions are used but ${missing.map((key) => `\`${key}\``).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: ${cite(regime, 'notice_automated_decisions')} requires meaningful information about the logic involved and the significance and envisaged consequences for the person (decisions under ${cite(regime, 'automated_decisions')}).`,
    });
  },
};
