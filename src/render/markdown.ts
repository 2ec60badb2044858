/** Markdown output: escaping record values so that they stay text, and the template rewrite that applies it. */

/** The helper every `{{ }}` of a Markdown template goes through (see escapeMustachesForMarkdown). */
export const MARKDOWN_ESCAPE_HELPER = 'escapeMarkdown';

// Addresses written in record text become autolinks: left bare they would be GFM autolink
// literals, which markdownlint reports (MD034).
const URL_OR_EMAIL = /\bhttps?:\/\/[^\s<>"`]*[^\s<>"`.,;:!?'()[\]{}]|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b/g;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$/;
const HEADING_TRAILING_PUNCTUATION = /[.,;:!。，；：！]$/u;

function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/\b(www)\./gi, '$1\\.');
}

/**
 * A value as Markdown text that reads as written: one line (a line break could end a table row
 * or start a block), punctuation that Markdown would interpret escaped, a start that would open
 * a heading, list or thematic break (`# `, `- `, `1. `, `---`) escaped, addresses turned into
 * autolinks.
 */
export function escapeMarkdown(value: string): string {
  // Only line breaks and ASCII spacing: a no-break space (French « », 3 mois) is kept.
  const text = value.replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ').trim();
  let escaped = '';
  let last = 0;
  for (const match of text.matchAll(URL_OR_EMAIL)) {
    escaped += `${escapeText(text.slice(last, match.index))}<${match[0]}>`;
    last = match.index! + match[0].length;
  }
  escaped += escapeText(text.slice(last));
  return escaped.replace(/^(?:[+-]|#{1,6})(?= |$)|^[=-]+ *$/, '\\$&').replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}

/** escapeMarkdown for heading text: trailing punctuation as a character reference, which MD026 accepts. */
export function escapeMarkdownHeading(value: string): string {
  return escapeMarkdown(value).replace(HEADING_TRAILING_PUNCTUATION, (mark) => `&#${mark.codePointAt(0)};`);
}

/** A link in Markdown; the destination is in angle brackets with the characters they cannot hold encoded. */
export function markdownLink(href: string, text: string): string {
  if (text === href && (/^https?:\/\/\S+$/.test(href) || EMAIL.test(href)) && !/[<>]/.test(href)) return `<${href}>`;
  const destination = href.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(text)}](<${destination}>)`;
}

/**
 * Markdown rendered by a block (lists, paragraphs) as the one line a table cell can hold:
 * top-level items and paragraphs joined by " · ", nested items in parentheses after their item
 * (or after its colon, when it introduces them).
 */
export function flattenCell(markdown: string): string {
  const segments: { head: string; details: string[] }[] = [];
  for (const line of markdown.split('\n')) {
    const item = /^( *)(?:[-*+] )?(.*\S)\s*$/.exec(line);
    if (!item) continue;
    const [, indent = '', text = ''] = item;
    const current = segments[segments.length - 1];
    if (indent.length > 0 && current) current.details.push(text);
    else segments.push({ head: text, details: [] });
  }
  const joined = ({ head, details }: (typeof segments)[number]) => {
    if (details.length === 0) return head;
    return head.endsWith(':') ? `${head} ${details.join('; ')}` : `${head} (${details.join('; ')})`;
  };
  return segments.map(joined).join(' · ');
}

type Statement = hbs.AST.Statement;

/**
 * Handlebars can only HTML-escape `{{value}}`. Before a Markdown template is compiled, every
 * escaped mustache is rewritten to `{{escapeMarkdown value}}` (helper calls to
 * `{{escapeMarkdown (helper args)}}`), so record values are Markdown-escaped instead, and
 * strict mode still reports a misspelt field. `{{{value}}}` stays raw, as in HTML templates.
 */
export function escapeMustachesForMarkdown(program: hbs.AST.Program, isHelper: (name: string) => boolean): hbs.AST.Program {
  const visit = (node: hbs.AST.Program | undefined): void => {
    if (!node) return;
    node.body = node.body.map((statement: Statement) => {
      if (statement.type === 'MustacheStatement') return escapeMustache(statement as hbs.AST.MustacheStatement, isHelper);
      const block = statement as Partial<hbs.AST.BlockStatement>;
      visit(block.program);
      visit(block.inverse);
      return statement;
    });
  };
  visit(program);
  return program;
}

function escapeMustache(mustache: hbs.AST.MustacheStatement, isHelper: (name: string) => boolean): hbs.AST.MustacheStatement {
  if (!mustache.escaped || mustache.path.type !== 'PathExpression') return mustache;
  const path = mustache.path as hbs.AST.PathExpression;
  // One name, not `../name` or `this.name` (a data variable `@name` in a subexpression is still read as one).
  const simple = path.parts.length === 1 && !/^\.|this\b/.test(path.original);
  const callsHelper = mustache.params.length > 0 || mustache.hash !== undefined || (simple && isHelper(path.parts[0]!));
  const value = callsHelper ? { type: 'SubExpression', path, params: mustache.params, hash: mustache.hash, loc: mustache.loc } : { ...path, strict: true };
  const helper = { type: 'PathExpression', data: false, depth: 0, parts: [MARKDOWN_ESCAPE_HELPER], original: MARKDOWN_ESCAPE_HELPER, loc: path.loc };
  return { ...mustache, path: helper, params: [value], hash: undefined } as unknown as hbs.AST.MustacheStatement;
}
