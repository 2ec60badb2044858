import { canonicalCountry, citeArticle, isDomestic, regimeInfo } from '../law/index.js';
import type { DataPath } from '../model.js';
import { articlesOf, partyNamePath } from './support.js';
import { eachProcessor, partyField, partyName } from '../record.js';
import type { RecordRule } from './types.js';

export const transferUndeclared: RecordRule = {
  kind: 'record',
  id: 'transfer-undeclared',
  description: 'A processor or recipient outside the area the regime protects (the EU/EEA, the UK, Switzerland) has an entry for its country in `transfers`.',
  articles: articlesOf(({ articles, transfers }) => [articles.record, transfers.articles]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, config, regime } = context;
    const { articles, transfers } = regimeInfo(regime);
    const declared = new Set(record.transfers?.flatMap((transfer) => (transfer.country === undefined ? [] : [canonicalCountry(transfer.country)])));
    const chapter = transfers.chapter === null ? '' : `Chapter ${transfers.chapter}, `;
    const why = `a record names each transfer to a third country and its safeguard (${citeArticle(regime, articles.record)}; ${chapter}${citeArticle(regime, transfers.articles)})`;
    const check = (who: string, country: string | undefined, path: DataPath) => {
      if (country === undefined || isDomestic(regime, country) || declared.has(canonicalCountry(country))) return;
      const stated =
        record.transfers === undefined ? 'the record has no `transfers`' : record.transfers.length === 0 ? '`transfers` states that there are none' : `\`transfers\` has no entry for ${country}`;
      context.report({ path, message: `${who} is in ${country}, outside ${transfers.home}, but ${stated}: ${why}.` });
    };

    for (const { processor, path, parent } of eachProcessor(record.processors)) {
      const name = partyName(processor, config.parties, '(unnamed)');
      const who = parent ? `The sub-processor ${name} of ${partyName(parent, config.parties, '(unnamed)')}` : `The processor ${name}`;
      // A location given only in privrec.yaml is reported at the `ref` that brings it in.
      check(who, partyField(processor, config.parties, 'location'), processor.location === undefined ? partyNamePath(processor, path) : [...path, 'location']);
      processor.locations?.forEach((country, index) => check(who, country, [...path, 'locations', index]));
    }
    record.recipients?.forEach((recipient, index) => check(`The recipient ${recipient.name}`, recipient.location, ['recipients', index, 'location']));
  },
};
