import { normalizeText } from '../text.js';
import { parseDuration } from '../duration.js';
import type { Retention } from '../record.js';
import { articlesOf, cite, citeIfHeld, phraseIn } from './support.js';
import type { RecordContext, RecordRule } from './types.js';

/**
 * Wordings that state no time limit. The transparency guidelines (WP260 rev.01, para. 48) single
 * out "as long as necessary for the legitimate purposes" as not enough.
 */
export const VAGUE_RETENTION = [
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

/**
 * Events that may never come, or that the controller does not decide: kept `until` one of them,
 * data needs a maximum `period` as well (storage limitation, Art. 4(1)(e) / 5(1)(e)).
 */
export const OPEN_ENDED_EVENTS = [
  'requests deletion',
  'request deletion',
  'requests erasure',
  'request erasure',
  'asks for deletion',
  'deletes the account',
  'deletes their account',
  'deletes his account',
  'deletes her account',
  'deleted by the user',
  'user deletes',
  'the account is deleted',
  'account deletion',
  'account is active',
  'account remains active',
  'account exists',
  'de-installation',
  'de-installed',
  'deinstallation',
  'uninstalled',
  'uninstallation',
  'upgrade',
  'upgraded',
  'overwritten',
  'retention practices',
  'retention policy of the provider',
  "provider's retention",
  'until further notice',
  'löschung durch den nutzer',
  'löschantrag',
  'überschrieben',
  'demande de suppression',
  'écrasées',
];

/** Archiving keeps the data: it is not the erasure Art. 31(1)(f) / 30(1)(f) asks the time limit of. */
export const ARCHIVING = ['archived', 'archiving', 'archive', 'archiviert', 'archivierung', 'archivé', 'archivées', 'archivage'];

/** "6 months", "10 Jahre", "30 jours": a duration written in words, as ISO 8601 would write it. */
const UNIT_WORDS: readonly [RegExp, string][] = [
  [/^(?:years?|yrs?|jahre?n?|ans?|années?)$/i, 'Y'],
  [/^(?:months?|monate?n?|mois)$/i, 'M'],
  [/^(?:weeks?|wochen?|semaines?)$/i, 'W'],
  [/^(?:days?|tagen?|jours?)$/i, 'D'],
];

function durationInWords(text: string): string | undefined {
  const match = /^\s*(\d+)\s*([\p{L}]+)\.?\s*$/u.exec(text);
  const unit = match && UNIT_WORDS.find(([pattern]) => pattern.test(match[2]!))?.[1];
  return match && unit ? `P${match[1]}${unit}` : undefined;
}

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
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    checkTimeLimits(context);
    checkCoverage(context);
  },
};

function checkTimeLimits(context: RecordContext): void {
  const { regime } = context;
  const why =
    `${cite(regime, 'record_retention')} asks for the time limits for erasure` +
    (context.rendersNotice && citeIfHeld(regime, 'notice_retention') ? `, and ${citeIfHeld(regime, 'notice_retention')} for the storage period or the criteria that determine it` : '');
  context.record.retention?.forEach((entry, index) => {
    if (entry.period !== undefined && !parseDuration(entry.period)) {
      const path = ['retention', index, 'period'];
      const vague = phraseIn(entry.period, VAGUE_RETENTION);
      const inWords = durationInWords(entry.period);
      context.report({
        path,
        ...(inWords && !vague && { fix: inWords }),
        message: vague
          ? `"${vague}" is not a time limit: ${why}. Give the \`period\` as an ISO 8601 duration (P6M, P10Y) and the event it runs \`after\`.`
          : `\`period: ${entry.period}\` is not an ISO 8601 duration${inWords ? `: did you mean \`${inWords}\`?` : ' such as P6M (six months) or P10Y (ten years).'} ${why}.`,
      });
    }
    const events = (['after', 'until'] as const).filter((key) => entry[key] !== undefined);
    for (const key of events) {
      const path = ['retention', index, key];
      const vague = phraseIn(entry[key]!, VAGUE_RETENTION);
      if (vague) {
        context.report({ path, message: `"${vague}" is not a time limit: ${why}. Name the event, e.g. "the end of the contract", or give a \`period\`.` });
        continue;
      }
      if (key !== 'until') continue;
      const archived = phraseIn(entry.until!, ARCHIVING);
      if (archived) {
        context.report({ path, message: `"${archived}": archiving keeps the data, it is not erasure: ${why}. Say when the archived data is erased (a \`period\` and the event it runs \`after\`).` });
        continue;
      }
      const openEnded = entry.period === undefined ? phraseIn(entry.until!, OPEN_ENDED_EVENTS) : undefined;
      if (openEnded) {
        context.report({
          path,
          message: `Kept until "${entry.until}", an event that may never come or that the controller does not decide ("${openEnded}"): ${why}. Add the maximum \`period\` after which the data is erased in any case.`,
        });
      }
    }
    if (entry.period !== undefined || events.length > 0) return;
    const inNote = entry.note === undefined ? undefined : phraseIn(entry.note, VAGUE_RETENTION);
    const noteSays = inNote ? ` (its note says "${inNote}")` : '';
    context.report({
      path: ['retention', index],
      message: `The retention of ${namesOf(entry)
        .map((name) => `\`${name}\``)
        .join(', ')} has no time limit${noteSays}: ${why}. Give a \`period\` (e.g. P6M) and the event it runs \`after\`, or the event \`until\` which the data is kept.`,
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
      context.report({
        path,
        message: `\`${name}\` is not a category of \`personal_data\`: the time limits are given per category of data (${cite(regime, 'record_retention')}). Name the category as written there, or \`all\`.`,
      });
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
