import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownHeading, flattenCell, markdownLink } from '../../src/render/markdown.js';

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
