/** The Handlebars helpers of the built-in and user templates (documented in docs/render.md). */
import type { HelperOptions } from 'handlebars';
import type { Regime } from '../model.js';
import { translate, type Lang } from './i18n.js';
import { MARKDOWN_ESCAPE_HELPER, escapeMarkdown, escapeMarkdownHeading, flattenCell, markdownLink } from './markdown.js';
import type { Format } from './view-model.js';
import { citeArticles, countryName, formatDate, formatDuration, formatList } from './words.js';

type Environment = typeof import('handlebars');

/** Schemes a link may use; anything else (javascript:, data:) is shown as text. */
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;
/** Our own output files, linked by relative name (ids cannot hold a slash). */
const RELATIVE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Root {
  lang: Lang;
  regime: Regime | null;
  withheld?: Record<string, boolean>;
}

/** The record item a gap marker stands for, where its name differs. */
const ITEM_KEY: Readonly<Record<string, string>> = { controller: 'controllers', data_categories: 'personal_data' };

function root(options: HelperOptions): Root {
  return options.data.root as Root;
}

/** Helper arguments are the values followed by Handlebars' options object. */
function split(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

function text(value: unknown): string {
  return value == null ? '' : String(value);
}

export function registerHelpers(env: Environment, format: Format): void {
  const escape = (value: string): string => (format === 'md' ? escapeMarkdown(value) : env.Utils.escapeExpression(value));
  const safe = (markup: string) => new env.SafeString(markup);

  env.registerHelper({
    /** {{t "section" "rights"}}: built-in text at the key the arguments join to, {placeholders} from the hash. */
    t(...args: unknown[]) {
      const { values, options } = split(args);
      return translate(root(options).lang, values.map(text).join('.'), options.hash as Record<string, unknown>, root(options).regime);
    },
    /** {{missing "legal_basis"}}: the visible gap marker of a --force render, or "Not published." where the audience is not shown the item. */
    missing(item: unknown, options: HelperOptions) {
      const { lang, withheld } = root(options);
      if (withheld?.[ITEM_KEY[text(item)] ?? text(item)])
        return safe(format === 'md' ? escape(translate(lang, 'audience.withheld')) : `<span class="withheld">${escape(translate(lang, 'audience.withheld'))}</span>`);
      const marker = translate(lang, 'missing', { item: translate(lang, `item.${text(item)}`, options.hash as Record<string, unknown>) });
      return safe(format === 'md' ? escape(marker) : `<strong class="missing">${escape(marker)}</strong>`);
    },
    /** {{cite article}} or {{cite articles}}: "Article 5(1)(a) of Regulation (EU) 2018/1725", "Art. 13 and 14 GDPR". */
    cite(articles: unknown, options: HelperOptions) {
      const regime = (options.hash.regime as Regime | undefined) ?? root(options).regime;
      if (!regime) throw new Error('cite needs a regime: this page mixes regimes, pass regime="eudpr" or regime="gdpr"');
      return citeArticles(Array.isArray(articles) ? articles.map(text) : [text(articles)], regime, root(options).lang);
    },
    /** {{colon}}: the colon after a label as the language writes it (French puts a no-break space before it). */
    // Safe: privrec's own text, and escaping would trim the no-break space.
    colon: (options: HelperOptions) => safe(translate(root(options).lang, 'colon')),
    duration: (value: unknown, options: HelperOptions) => formatDuration(text(value), root(options).lang),
    date: (value: unknown, options: HelperOptions) => formatDate(text(value), root(options).lang),
    country: (value: unknown, options: HelperOptions) => countryName(text(value), root(options).lang),
    /** {{join items}}: the items separated by "|", for a data attribute a script splits. */
    join: (items: unknown) => (Array.isArray(items) ? items.map(text).join('|') : ''),
    /** {{list items}}: "a, b and c" in the page's language. */
    list: (items: unknown, options: HelperOptions) => formatList(Array.isArray(items) ? items.map(text) : [], root(options).lang),
    /** {{link href text}}: a link, or the text alone when the address is not http(s), mailto, tel or one of our files. */
    link(...args: unknown[]) {
      const { values } = split(args);
      const href = text(values[0]);
      const label = values.length > 1 ? text(values[1]) : href;
      if (!SAFE_URL.test(href) && !RELATIVE_FILE.test(href)) return label;
      if (format === 'md') return safe(markdownLink(href, label));
      return safe(`<a href="${env.Utils.escapeExpression(href)}">${escape(label)}</a>`);
    },
    /** {{mailto address}}: a mailto link showing the address. */
    mailto(address: unknown) {
      const value = text(address);
      if (!/^[^\s<>"]+@[^\s<>"]+$/.test(value)) return value;
      if (format === 'md') return safe(markdownLink(value, value));
      return safe(`<a href="mailto:${env.Utils.escapeExpression(value)}">${escape(value)}</a>`);
    },
  });

  if (format === 'md') {
    env.registerHelper({
      [MARKDOWN_ESCAPE_HELPER]: (value: unknown) => safe(typeof (value as { toHTML?: unknown } | null)?.toHTML === 'function' ? String(value) : escapeMarkdown(text(value))),
      /** {{heading title}}: Markdown-escaped heading text (trailing punctuation kept without tripping MD026). */
      heading: (value: unknown) => safe(escapeMarkdownHeading(text(value))),
      /** {{#cell}}...{{/cell}}: the block's lists and paragraphs as one table-cell line. */
      cell(this: unknown, options: HelperOptions) {
        return safe(flattenCell(options.fn(this)));
      },
    });
  }
}
