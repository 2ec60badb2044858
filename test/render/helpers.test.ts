/**
 * The Handlebars helpers (src/render/helpers.ts) in-process, as a table: template, data, format,
 * expected output. The golden files check them through whole pages; these say which helper broke.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { registerHelpers } from '../../src/render/helpers.js';

function render(template: string, data: object, format: 'md' | 'html'): string {
  const env = Handlebars.create();
  registerHelpers(env, format);
  return env.compile(template, { strict: true })({ lang: 'en', regime: 'gdpr', ...data });
}

const CASES: [string, string, object, 'md' | 'html', string][] = [
  ['t joins its arguments into a key', '{{t "section" "rights"}}', {}, 'html', 'Your rights'],
  ['t fills placeholders from the hash', '{{t "footer" "reference" id="r-1"}}', {}, 'html', 'Reference: r-1'],
  ['t in German', '{{t "section" "rights"}}', { lang: 'de' }, 'html', 'Ihre Rechte'],
  ['missing marks a gap in HTML', '{{missing "legal_basis"}}', {}, 'html', '<strong class="missing">[missing: legal basis]</strong>'],
  ['missing marks a gap in Markdown, escaped', '{{missing "legal_basis"}}', {}, 'md', '\\[missing: legal basis\\]'],
  ['missing says "Not published." for a withheld item', '{{missing "security"}}', { withheld: { security: true } }, 'html', '<span class="withheld">Not published.</span>'],
  ['missing maps controller to controllers', '{{missing "controller"}}', { withheld: { controllers: true } }, 'md', 'Not published.'],
  ['missing maps data_categories to personal_data', '{{missing "data_categories"}}', { withheld: { personal_data: true } }, 'html', '<span class="withheld">Not published.</span>'],
  ['missing marks a gap when another item is withheld', '{{missing "security"}}', { withheld: { dpia: true } }, 'html', '<strong class="missing">[missing: security measures]</strong>'],
  ['cite one article', '{{cite "6(1)(e)"}}', {}, 'html', 'Art. 6(1)(e) GDPR'],
  ['cite several articles', '{{cite articles}}', { articles: ['13', '14'] }, 'html', 'Art. 13 and 14 GDPR'],
  ['cite under another regime by hash', '{{cite "5(1)(a)" regime="eudpr"}}', {}, 'html', 'Article 5(1)(a) of Regulation (EU) 2018/1725'],
  ['cite in German', '{{cite "6(1)(e)"}}', { lang: 'de' }, 'html', 'Art. 6 Abs. 1 lit. e DSGVO'],
  ['colon in English', 'a{{colon}}', {}, 'html', 'a:'],
  ['colon in French, with a no-break space', 'a{{colon}}', { lang: 'fr' }, 'html', 'a\u00a0:'],
  ['duration', '{{duration "P1Y6M"}}', {}, 'html', '1 year and 6 months'],
  ['date', '{{date "2023-03-20"}}', {}, 'html', '20 March 2023'],
  ['date in French', '{{date "2023-03-20"}}', { lang: 'fr' }, 'html', '20 mars 2023'],
  ['country', '{{country "US"}}', {}, 'html', 'United States'],
  ['list of three', '{{list items}}', { items: ['a', 'b', 'c'] }, 'html', 'a, b and c'],
  ['list of something not a list', '{{list items}}', { items: 'a' }, 'html', ''],
  ['join for a data attribute', '{{join items}}', { items: ['a', 'b'] }, 'html', 'a|b'],
  ['join of something not a list', '{{join items}}', { items: null }, 'html', ''],
  ['link to a web address', '{{link "https://example.eu/a?b=1&c=2"}}', {}, 'html', '<a href="https://example.eu/a?b&#x3D;1&amp;c&#x3D;2">https://example.eu/a?b&#x3D;1&amp;c&#x3D;2</a>'],
  ['link with a label', '{{link "https://example.eu" "Site <b>"}}', {}, 'html', '<a href="https://example.eu">Site &lt;b&gt;</a>'],
  ['link to one of our files', '{{link "r.notice.html" "Notice"}}', {}, 'html', '<a href="r.notice.html">Notice</a>'],
  ['link to javascript: is text', '{{link "javascript:alert(1)" "x"}}', {}, 'html', 'x'],
  ['link to a path with a slash is text', '{{link "../etc/passwd" "x"}}', {}, 'html', 'x'],
  ['link in Markdown', '{{link "https://example.eu" "Site"}}', {}, 'md', '[Site](<https://example.eu>)'],
  ['link to mailto and tel', '{{link "mailto:a@b.eu" "mail"}} {{link "tel:+49" "call"}}', {}, 'html', '<a href="mailto:a@b.eu">mail</a> <a href="tel:+49">call</a>'],
  ['mailto an address', '{{mailto "dpo@example.eu"}}', {}, 'html', '<a href="mailto:dpo@example.eu">dpo@example.eu</a>'],
  ['mailto something else is text', '{{mailto "not an address"}}', {}, 'html', 'not an address'],
  ['mailto of nothing is nothing', '{{mailto address}}', { address: null }, 'html', ''],
  ['mailto of a sentence holding an address is text', '{{mailto "write to dpo@example.eu"}}', {}, 'html', 'write to dpo@example.eu'],
  ['mailto of an address and more is text', '{{mailto "dpo@example.eu today"}}', {}, 'html', 'dpo@example.eu today'],
  ['mailto in Markdown', '{{mailto "dpo@example.eu"}}', {}, 'md', '<dpo@example.eu>'],
  ['heading keeps trailing punctuation from tripping MD026', '# {{heading "Why."}}', {}, 'md', '# Why&#46;'],
  ['cell puts a block on one table line', '{{#cell}}\n- a\n- b\n{{/cell}}', {}, 'md', 'a · b'],
  ['what every {{ }} of a Markdown template goes through', '{{escapeMarkdown value}}', { value: '*bold* | pipe' }, 'md', '\\*bold\\* \\| pipe'],
  ["escapeMarkdown leaves a helper's markup as it is", '{{escapeMarkdown (link "https://example.eu" "Site")}}', {}, 'md', '[Site](<https://example.eu>)'],
];

describe('template helpers', () => {
  it.each(CASES)('%s', (_, template, data, format, expected) => {
    expect(render(template, data, format)).toBe(expected);
  });

  it('the Markdown helpers exist only for Markdown', () => {
    expect(() => render('{{heading "x"}}', {}, 'html')).toThrow();
    expect(() => render('{{#cell}}x{{/cell}}', {}, 'html')).toThrow();
  });

  it('cite on a page that mixes regimes asks for one', () => {
    expect(() => render('{{cite "6"}}', { regime: null }, 'html')).toThrow(/cite needs a regime/);
  });
});
