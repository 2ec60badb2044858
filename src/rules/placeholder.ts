import { displayPath } from '../validate/messages.js';
import { articlesOf, cite, forEachText } from './support.js';
import type { RecordRule } from './types.js';

/** Marks of a text not yet written: template gaps, to-do markers, dummy text and example addresses. */
const PLACEHOLDERS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\{[^{}\n]{1,80}\}/, what: 'a template placeholder' },
  { pattern: /\[(?:insert|add|enter|name of|fill in|einfügen|ergänzen|eintragen|à compléter|compléter)\b[^\]\n]{0,80}\]/i, what: 'a template placeholder' },
  { pattern: /<(?:insert|add|enter|name of|fill in)\b[^>\n]{0,80}>/i, what: 'a template placeholder' },
  { pattern: /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|TBC|XXX+)(?![\p{L}\p{N}])/u, what: 'a to-do marker' },
  { pattern: /\bto be (?:determined|confirmed|completed|defined|added)\b/i, what: 'a to-do marker' },
  { pattern: /\blorem ipsum\b/i, what: 'dummy text' },
  { pattern: /(?<![\p{L}\p{N}-])(?:[\p{L}\p{N}.-]+\.)?example\.(?:com|org|net)(?![\p{L}\p{N}-])/iu, what: 'an example address (RFC 2606), not a real one' },
];

/** What every placeholder above contains: most texts have none of it, and are passed over at once. */
const MAYBE_PLACEHOLDER = /[{[<]|TODO|FIXME|TB[DC]|XXX|to be |lorem|example\./i;

/** A placeholder left in a record means the item it stands in is not filled in. */
export const placeholder: RecordRule = {
  kind: 'record',
  id: 'placeholder',
  description: 'No text of the record is a placeholder: `{Falls vorhanden}`, `[TODO]`, `TBD`, lorem ipsum, an example.org address.',
  articles: articlesOf(({ articles }) => [articles.record]),
  roles: ['controller', 'processor'],
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    forEachText(context.record, (text, at) => {
      if (!MAYBE_PLACEHOLDER.test(text)) return;
      const found = PLACEHOLDERS.map(({ pattern, what }) => ({ match: pattern.exec(text)?.[0], what })).find(({ match }) => match !== undefined);
      if (!found) return;
      const path = [...at];
      context.report({
        path,
        message: `"${found.match}" is ${found.what}, left in \`${displayPath(path)}\`: the record (${cite(context.regime, 'record')}) must say what is true of this processing. Write the real text.`,
      });
    });
  },
};
