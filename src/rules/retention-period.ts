import type { Retention } from '../record.js';
import { articlesOf, cite, normalizeText, phraseIn } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

/**
 * Wordings that state no time limit. The transparency guidelines (WP260 rev.01, para. 48) single
 * out "as long as necessary for the legitimate purposes" as not enough.
 */
const VAGUE = [
  'as long as necessary',
  'as long as needed',
  'as long as required',
  'longer than necessary',
  'longer than needed',
  'no longer necessary',
  'no longer needed',
  'no longer required',
  'indefinitely',
  'indefinite',
  'unlimited',
  'to be determined',
  'tbd',
  'n/a',
  'not applicable',
  'solange erforderlich',
  'solange nötig',
  'so lange wie nötig',
  'so lange wie erforderlich',
  'solange wie nötig',
  'länger als nötig',
  'länger als erforderlich',
  'nicht mehr erforderlich',
  'nicht mehr benötigt',
  'unbefristet',
  'unbegrenzt',
  'aussi longtemps que nécessaire',
  'plus longtemps que nécessaire',
  'durée nécessaire',
  'indéfiniment',
  'illimitée',
];

const ALL = 'all';

/** The categories a retention entry covers, as written. */
function namesOf(entry: Retention): string[] {
  return typeof entry.data === 'string' ? [entry.data] : entry.data;
}

/** Each retention entry has a concrete time limit, and every data category has one. */
export const retentionPeriod: RecordRule = {
  kind: 'record',
  id: 'retention-period',
  description: 'Each retention entry states a concrete time limit, and every category of personal data has one.',
  articles: articlesOf(({ articles }) => [articles.record_retention, articles.notice_retention]),
  regimes: ['eudpr', 'gdpr'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    checkTimeLimits(context);
    checkCoverage(context);
  },
};

function checkTimeLimits(context: RecordContext): void {
  const { regime } = context;
  const why = `${cite(regime, 'record_retention')} asks for the time limits for erasure, and ${cite(regime, 'notice_retention')} for the storage period or the criteria that determine it`;
  context.record.retention?.forEach((entry, index) => {
    const events = (['after', 'until'] as const).filter((key) => entry[key] !== undefined);
    for (const key of events) {
      const vague = phraseIn(entry[key]!, VAGUE);
      if (vague) context.report({ path: ['retention', index, key], message: `"${vague}" is not a time limit: ${why}. Name the event, e.g. "the end of the contract", or give a \`period\`.` });
    }
    if (entry.period !== undefined || events.length > 0) return;
    const inNote = entry.note === undefined ? undefined : phraseIn(entry.note, VAGUE);
    const noteSays = inNote ? ` (its note says "${inNote}")` : '';
    context.report({
      path: ['retention', index],
      message: `The retention of ${namesOf(entry).map((name) => `\`${name}\``).join(', ')} has no time limit${noteSays}: ${why}. Give a \`period\` (e.g. P6M) and the event it runs \`after\`, or the event \`until\` which the data is kept.`,
    });
  });
}

/** Every category of personal_data is named by a retention entry (or `all`), and every name is a category. */
function checkCoverage(context: RecordContext): void {
  const { record, regime } = context;
  const entries = record.retention ?? [];
  const categories = record.personal_data ?? [];
  if (entries.length === 0 || categories.length === 0) return;

  const known = new Set(categories.map((category) => normalizeText(category.category)));
  entries.forEach((entry, index) => {
    namesOf(entry).forEach((name, position) => {
      if (normalizeText(name) === ALL || known.has(normalizeText(name))) return;
      const path = typeof entry.data === 'string' ? ['retention', index, 'data'] : ['retention', index, 'data', position];
      context.report({ path, message: `\`${name}\` is not a category of \`personal_data\`: name the category as written there, or \`all\`.` });
    });
  });

  const named = new Set(entries.flatMap((entry) => namesOf(entry).map(normalizeText)));
  if (named.has(ALL)) return;
  categories.forEach((category, index) => {
    if (named.has(normalizeText(category.category))) return;
    context.report({
      path: ['personal_data', index, 'category'],
      message: `No retention entry covers \`${category.category}\`: ${cite(regime, 'record_retention')} asks for the time limit of each category of data. Name it in \`retention[].data\` as written here, or use \`all\`.`,
    });
  });
}
