import { normalizeText } from '../text.js';
import { articlesOf, cite, partyNamePath, processorNames } from './support.js';
import { eachProcessor, partyField, partyName } from '../record.js';
import type { RecordRule } from './types.js';

/** Recipients outside the controller, whose country decides whether there is a transfer. */
const OUTSIDE_TYPES: readonly string[] = ['processor', 'third-party'];

/**
 * A warning: the law asks the record for the transfers, not for every recipient's country; but
 * where a processor or an outside recipient processes is what tells whether there is one.
 */
export const recipientLocation: RecordRule = {
  kind: 'record',
  id: 'recipient-location',
  description: 'Each processor, and each recipient outside the controller, says in which country it processes the data.',
  articles: articlesOf(({ articles }) => [articles.record_transfers, articles.notice_transfers]),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, config, regime } = context;
    const why =
      `the record cannot show whether the data leave the EU/EEA, which ${cite(regime, 'record_transfers')} asks it to state` +
      (context.rendersNotice ? ` and ${cite(regime, 'notice_transfers')} to tell people` : '');
    for (const { processor, path, parent } of eachProcessor(record.processors)) {
      if ((processor.locations?.length ?? 0) > 0 || partyField(processor, config.parties, 'location') !== undefined) continue;
      const name = partyName(processor, config.parties, '(unnamed)');
      const who = parent ? `the sub-processor ${name} of ${partyName(parent, config.parties, '(unnamed)')}` : `the processor ${name}`;
      context.report({
        path: partyNamePath(processor, path),
        message: `Where ${who} processes the data is not recorded: ${why}. Give the country code in \`location\` (or every country in \`locations\`).`,
      });
    }
    let processors: Set<string> | undefined;
    record.recipients?.forEach((recipient, index) => {
      if (recipient.location !== undefined || !OUTSIDE_TYPES.includes(recipient.type ?? '')) return;
      // A processor's location is asked for at the processor: one finding per mistake.
      processors ??= processorNames(record, config.parties);
      if (processors.has(normalizeText(recipient.name))) return;
      context.report({ path: ['recipients', index, 'name'], message: `Where the recipient ${recipient.name} processes the data is not recorded: ${why}. Give the country code in \`location\`.` });
    });
  },
};
