/** Record values are text: hostile titles, names and purposes change neither the HTML nor the Markdown structure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers.js';
import { markdownProblems, render, tempDir } from './helpers.js';

const HOSTILE = `privrec: 1
id: evil-1
title: "<script>alert(1)</script> | # Heading *bold*."
description: "# Not a heading\\n\\n| a | b |\\n- not a list"
updated: "2026-01-01"
controllers:
  - name: "Evil <img src=x onerror=alert(1)> Corp | [x](javascript:alert(1))"
    contact:
      email: evil@example.eu
      url: "javascript:alert(1)"
      form: "https://example.eu/form?a=1&b=2"
dpo: { email: dpo@example.eu }
purposes:
  - "[click](javascript:alert(1)) <b>bold</b> \`code\` ~~struck~~"
  - "1. numbered"
  - "- dash"
  - "> quote"
legal_basis:
  - article: 6(1)(b)
    explanation: "</p><script>alert(2)</script>"
data_subjects: ["Customers | staff"]
personal_data:
  - category: "Name | <i>x</i>"
    items: ["a_b", "c*d", "&amp; &#60;"]
recipients: []
transfers: []
retention:
  - data: all
    period: P1Y
    after: "the end | of the contract"
security: ["<script>x</script>"]
automated_decisions: { used: false }
notice: { requirement: "# Required" }
`;

function project(): string {
  const config = 'regime: gdpr\norganisation: "ACME <b>&</b>"\nsupervisory_authority:\n  name: "<script>alert(3)</script> Authority"\n';
  return tempProject({ 'privrec.yaml': config, 'evil.yaml': HOSTILE });
}

describe('escaping of record values', () => {
  it('HTML: every value is text, and no link leads to javascript:', () => {
    const dir = project();
    const out = tempDir();
    for (const kind of ['notice', 'record', 'register']) {
      const result = render(['evil.yaml', '--kind', kind, '--format', 'html', '--force', '--out', out], { cwd: dir });
      expect(result.status, result.stderr).toBe(0);
    }
    for (const name of ['evil-1.notice.html', 'evil-1.record.html', 'register.html']) {
      const html = readFileSync(join(out, name), 'utf8');
      expect(html, name).not.toMatch(/<script|<img|<i>|<b>|onerror=|href="javascript:/i);
      expect(html, name).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const notice = readFileSync(join(out, 'evil-1.notice.html'), 'utf8');
    expect(notice).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; | # Heading *bold*. – Data protection notice – ACME &lt;b&gt;&amp;&lt;/b&gt;</title>');
    expect(notice).toContain('<dd>javascript:alert(1)</dd>');
    expect(notice).toContain('href="https://example.eu/form?a&#x3D;1&amp;b&#x3D;2"');
    expect(notice).toContain('&lt;script&gt;alert(3)&lt;/script&gt; Authority');
  });

  it('Markdown: values cannot open headings, lists, links, HTML or table cells, and markdownlint passes', async () => {
    const dir = project();
    const out = tempDir();
    for (const kind of ['notice', 'record', 'register']) {
      const result = render(['evil.yaml', '--kind', kind, '--format', 'md', '--force', '--out', out], { cwd: dir });
      expect(result.status, result.stderr).toBe(0);
    }
    const files = Object.fromEntries(['evil-1.notice.md', 'evil-1.record.md', 'register.md'].map((name) => [name, readFileSync(join(out, name), 'utf8')]));
    expect(await markdownProblems(files)).toEqual([]);

    const notice = files['evil-1.notice.md']!;
    expect(notice.split('\n')[0]).toBe('# \\<script\\>alert(1)\\</script\\> \\| # Heading \\*bold\\*&#46;');
    expect(notice).toContain('\\# Not a heading \\| a \\| b \\| - not a list');
    expect(notice).toContain('- \\[click\\](javascript:alert(1)) \\<b\\>bold\\</b\\> \\`code\\` \\~\\~struck\\~\\~');
    expect(notice).toContain('- 1\\. numbered');
    expect(notice).toContain('- \\- dash');
    expect(notice).toContain('- \\> quote');
    expect(notice).toContain('  - Website: javascript:alert(1)');
    expect(notice).toContain('\\# Required');
    expect(notice).not.toMatch(/(?<!\\)\]\(<?javascript:/);

    // Each row of the record table keeps its three cells: no value adds a column.
    const rows = files['evil-1.record.md']!.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(15);
    for (const row of rows) expect(row.replace(/\\\\/g, '').match(/(?<!\\)\|/g), row).toHaveLength(4);
    const registerRows = files['register.md']!.split('\n').filter((line) => line.startsWith('| '));
    for (const row of registerRows) expect(row.match(/(?<!\\)\|/g), row).toHaveLength(6);
  });
});
