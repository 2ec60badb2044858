import type { DataPath } from '../model.js';
import { articlesOf, cite } from './support.js';
import type { RecordRule } from './types.js';

const PARTY_LISTS = ['controllers', 'joint_controllers', 'processors'] as const;

export const partyRef: RecordRule = {
  kind: 'record',
  id: 'party-ref',
  description: 'Every `ref` names a party defined in privrec.yaml.',
  articles: articlesOf(({ articles }) => [articles.record_controller]),
  roles: ['controller', 'processor'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const defined = Object.keys(context.config.parties);
    const check = (ref: unknown, path: DataPath) => {
      if (typeof ref !== 'string' || Object.hasOwn(context.config.parties, ref)) return;
      const where = context.config.path ? 'privrec.yaml' : 'a privrec.yaml (none was found for this record)';
      const known = defined.length > 0 ? ` Defined parties: ${defined.join(', ')}.` : '';
      context.report({
        path,
        message: `\`${ref}\` is not a party defined in ${where}: the record cannot name this party and its contact details (${cite(context.regime, 'record_controller')}).${known}`,
      });
    };
    for (const list of PARTY_LISTS) {
      context.record[list]?.forEach((party, index) => check((party as { ref?: unknown }).ref, [list, index, 'ref']));
    }
    check((context.record.processor as { ref?: unknown } | undefined)?.ref, ['processor', 'ref']);
    check((context.record.notice?.complaint_authority as { ref?: unknown } | undefined)?.ref, ['notice', 'complaint_authority', 'ref']);
  },
};
