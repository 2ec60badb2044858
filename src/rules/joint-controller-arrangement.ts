import { partyName } from '../record.js';
import { articlesOf, citeHeld, partyNamePath } from './support.js';
import type { RecordRule } from './types.js';

export const jointControllerArrangement: RecordRule = {
  kind: 'record',
  id: 'joint-controller-arrangement',
  description: 'Each joint controller has an `arrangement` setting out the responsibilities of the controllers.',
  articles: articlesOf(({ articles }) => [articles.joint_controllers]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const article = citeHeld(context.regime, 'joint_controllers');
    context.record.joint_controllers?.forEach((joint, index) => {
      if (joint.arrangement) return;
      const name = partyName(joint, context.config.parties, `no. ${index + 1}`);
      context.report({
        path: partyNamePath(joint, ['joint_controllers', index]),
        message: `No arrangement is recorded with the joint controller ${name}: joint controllers set out their respective responsibilities in an arrangement (${article}). Give its reference or essence in \`arrangement\`.`,
      });
    });
  },
};
