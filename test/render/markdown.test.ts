import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_ESCAPE_HELPER, escapeMarkdown, escapeMarkdownHeading, escapeMustachesForMarkdown, flattenCell, markdownLink } from '../../src/render/markdown.js';

describe('escapeMarkdown', () => {
  it('escapes characters that would change the structure', () => {
    expect(escapeMarkdown('a | b * c _d_ [x](y) <b> `code` ~~s~~ \\')).toBe('a \\| b \\* c \\_d\\_ \\[x\\](y) \\<b\\> \\`code\\` \\~\\~s\\~\\~ \\\\');
  });

  it('keeps a value from starting a heading, list, quote or ordered list', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('---')).toBe('\\---');
  });

  it('leaves a start alone that opens nothing', () => {
    expect(escapeMarkdown('+49 631 205-4949')).toBe('+49 631 205-4949');
    expect(escapeMarkdown('#5 of 7')).toBe('#5 of 7');
    expect(escapeMarkdown('2023 was a year')).toBe('2023 was a year');
  });

  it('puts the value on one line', () => {
    expect(escapeMarkdown('line one\n\n# line two\r\n| x')).toBe('line one # line two \\| x');
  });

  it('keeps no-break spaces', () => {
    expect(escapeMarkdown('contactez\u00a0:')).toBe('contactez\u00a0:');
  });

  it('turns addresses into autolinks and stops www. from becoming one', () => {
    expect(escapeMarkdown('see https://example.eu/a_b. Mail dpo@example.eu or www.example.eu')).toBe('see <https://example.eu/a_b>. Mail <dpo@example.eu> or www\\.example.eu');
  });

  it('escapes entity-like ampersands only', () => {
    expect(escapeMarkdown('AT&T &amp; &#60;')).toBe('AT&T \\&amp; \\&#60;');
  });

  it('writes trailing punctuation of headings as a character reference', () => {
    expect(escapeMarkdownHeading('Processing.')).toBe('Processing&#46;');
    expect(escapeMarkdownHeading('Why?')).toBe('Why?');
  });
});

describe('markdownLink', () => {
  it('uses autolinks for addresses shown as themselves and encodes destinations', () => {
    expect(markdownLink('https://example.eu', 'https://example.eu')).toBe('<https://example.eu>');
    expect(markdownLink('a b.md', 'Notice [1]')).toBe('[Notice \\[1\\]](<a%20b.md>)');
  });
});

describe('flattenCell', () => {
  it('joins items and paragraphs, nesting details in parentheses', () => {
    expect(flattenCell('- **A**, unit\n  - E-mail: <a@b.eu>\n  - Scope: x\n- **B**\n\nText\n')).toBe('**A**, unit (E-mail: <a@b.eu>; Scope: x) · **B** · Text');
    expect(flattenCell('Purposes:\n  - one\n  - two\n')).toBe('Purposes: one; two');
  });
});

describe('escapeMustachesForMarkdown', () => {
  /** Compiles a Markdown template as templates.ts does, with a helper `upper`, and renders it. */
  const render = (source: string, context: object): string => {
    const env = Handlebars.create();
    env.registerHelper(MARKDOWN_ESCAPE_HELPER, (value: unknown) => new env.SafeString(escapeMarkdown(String(value))));
    env.registerHelper('upper', (value: unknown, options?: { hash?: { suffix?: string } }) => `${String(value).toUpperCase()}${options?.hash?.suffix ?? ''}`);
    env.registerHelper('stars', () => '**');
    const ast = escapeMustachesForMarkdown(env.parse(source), (name) => Object.hasOwn(env.helpers, name));
    return env.compile(ast, { strict: true })(context);
  };

  it.each([
    ['a value, escaped as Markdown and not as HTML', '{{name}}', { name: '*a* & <b>' }, '\\*a\\* & \\<b\\>'],
    ['a triple mustache, left raw', '{{{name}}}', { name: '*a*' }, '*a*'],
    ['a helper call with arguments, its result escaped', '{{upper name}}', { name: '*a*' }, '\\*A\\*'],
    ['a helper call with only a hash', '{{upper "x" suffix="_"}}', {}, 'X\\_'],
    ['a helper called without arguments', '{{stars}}', {}, '\\*\\*'],
    ['a path through this', '{{#with item}}{{this.name}}{{/with}}', { item: { name: '_a_' } }, '\\_a\\_'],
    ['a path to the parent context', '{{#with item}}{{../name}}{{/with}}', { item: {}, name: '_b_' }, '\\_b\\_'],
    ['a nested path', '{{item.name}}', { item: { name: '`c`' } }, '\\`c\\`'],
    ['a data variable', '{{#each list}}{{@index}}. {{this}}{{/each}}', { list: ['#'] }, '0. \\#'],
    ['both branches of a block', '{{#if yes}}{{a}}{{else}}{{b}}{{/if}}|{{#if no}}{{a}}{{else}}{{b}}{{/if}}', { yes: true, no: false, a: '|a', b: '|b' }, '\\|a|\\|b'],
    ["a parent's field named as a helper: the field", '{{#with item}}{{../stars}}{{/with}}', { item: {}, stars: '_s_' }, '\\_s\\_'],
    ['a nested field under a name a helper has: the field', '{{stars.x}}', { stars: { x: '_x_' } }, '\\_x\\_'],
  ])('rewrites %s', (_, source, context, expected) => {
    expect(render(source, context)).toBe(expected);
  });

  it('keeps strict mode: a misspelt field is an error, not an empty string', () => {
    expect(() => render('{{nmae}}', { name: 'x' })).toThrow(/"nmae" not defined/);
  });

  it('a data variable named as a helper is the variable', () => {
    expect(() => render('{{#each list}}{{@stars}}{{/each}}', { list: ['a'] })).toThrow('"stars" not defined');
  });

  it('a function of the context called with arguments or a hash is a call, not the value', () => {
    const wrap = (...args: unknown[]) => `<${String(args.length > 1 ? args[0] : (args[0] as { hash: { by: string } }).hash.by)}>`;
    expect(render('{{wrap name}}', { wrap, name: 'x' })).toBe('\\<x\\>');
    expect(render('{{wrap by="y"}}', { wrap })).toBe('\\<y\\>');
  });

  it('a literal is looked up as strict mode looks it up', () => {
    expect(() => render('{{"*x*"}}', {})).toThrow('"*x*" not defined');
  });
});

describe('the edges of escapeMarkdown, markdownLink and flattenCell', () => {
  it.each([
    ['spacing around a value, dropped', '  a \u000b b  ', 'a b'],
    ['a level-two heading', '## x', '\\## x'],
    ['seven hashes, no heading', '####### x', '####### x'],
    ['a lone hash', '#', '\\#'],
    ['a setext underline', '---', '\\---'],
    ['dashes that end a text', 'a =', 'a ='],
    ['dashes that start a word', '--x', '--x'],
    ['a two-digit list number', '12. x', '12\\. x'],
    ['a number alone', '1.', '1\\.'],
    ['ten digits, no list', '1234567890. x', '1234567890. x'],
    ['a number inside the text', 'a 1. x', 'a 1. x'],
  ])('escapeMarkdown: %s', (_, value, expected) => {
    expect(escapeMarkdown(value)).toBe(expected);
  });

  it('markdownLink autolinks only an http(s) address or an e-mail address shown as itself', () => {
    expect(markdownLink('https://a.example', 'Site')).toBe('[Site](<https://a.example>)');
    expect(markdownLink('http://a.example', 'http://a.example')).toBe('<http://a.example>');
    expect(markdownLink('xhttps://a.b', 'xhttps://a.b')).toBe('[xhttps://a.b](<xhttps://a.b>)');
    expect(markdownLink('https://a b', 'https://a b')).toBe('[<https://a> b](<https://a%20b>)');
  });

  it('flattenCell keeps an item with trailing spaces', () => {
    expect(flattenCell('- a  \n- b')).toBe('a · b');
  });
});
