import { DATA_SUBJECT, articlesOf, citeHeld, collectsIndirectly, isOneOf, sourceOf } from './support.js';
import type { RecordRule } from './types.js';

/** Sources that name no source. */
export const PLACEHOLDER_SOURCES = [
  '',
  'third party',
  'third parties',
  'a third party',
  'other',
  'others',
  'other sources',
  'various',
  'various sources',
  'external',
  'external source',
  'external sources',
  'unknown',
  'n/a',
  'not applicable',
  'none',
  'dritte',
  'sonstige',
  'andere',
  'unbekannt',
  'tiers',
  'autre',
  'autres',
  'inconnu',
  'inconnue',
];

/**
 * Data not obtained from the person needs its source. A category without `source` is reported
 * when another category of the record names a source other than the data subject: the record
 * then collects indirectly and no longer tells which data came from where.
 */
export const sourceRequired: RecordRule = {
  kind: 'record',
  id: 'source-required',
  description: 'Data not obtained from the data subject names its source.',
  articles: articlesOf(({ articles }) => [articles.notice_source]),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  scope: 'notice',
  check(context) {
    const { record, regime } = context;
    const why = `${citeHeld(regime, 'notice_source')} requires telling people from which source data not obtained from them originates, and whether it was publicly accessible`;
    const indirect = collectsIndirectly(record);
    record.personal_data?.forEach((category, index) => {
      const source = sourceOf(category);
      if (source === undefined) {
        if (indirect) {
          context.report({
            path: ['personal_data', index],
            message: `\`${category.category}\` has no \`source\` while other data of this record comes from elsewhere: ${why}. Name its source, or write \`source: ${DATA_SUBJECT}\` if people provide it themselves.`,
          });
        }
        return;
      }
      if (isOneOf(source, PLACEHOLDER_SOURCES)) {
        const path = typeof category.source === 'object' ? ['personal_data', index, 'source', 'name'] : ['personal_data', index, 'source'];
        context.report({ path, message: `"${source}" does not name a source: ${why}. Name the organisation, register or system the data comes from.` });
      }
    });
  },
};
