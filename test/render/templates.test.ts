/** User templates: overriding by file name, and errors reported with the template's file and line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers.js';
import { STACK_TRACE, render, tempDir } from './helpers.js';

const RECORD = `privrec: 1
id: hr-001
title: Staff directory
updated: "2026-01-15"
controllers:
  - ref: acme
dpo: { email: dpo@acme.example }
purposes: [Internal staff directory]
legal_basis:
  - article: 6(1)(b)
data_subjects: [Staff]
personal_data:
  - category: Identification
    items: [name, work e-mail]
    source: data_subject
recipients: []
transfers: []
retention:
  - data: all
    period: P3M
    after: the end of employment
security: [Access control]
automated_decisions: { used: false }
notice:
  requirement: Providing the data is part of the employment contract.
`;

const CONFIG = `regime: gdpr
language: de
parties:
  acme:
    name: ACME GmbH
    contact: { email: privacy@acme.example }
supervisory_authority:
  name: Landesbeauftragte für Datenschutz
`;

function project(files: Record<string, string> = {}): string {
  return tempProject({ 'privrec.yaml': CONFIG, 'records/hr-001.yaml': RECORD, ...files });
}

describe('user templates', () => {
  it('override a partial by file name with --templates', () => {
    const dir = project({ 'mine/partials/rights.md.hbs': '- {{#each this}}{{t "right" id}}{{#unless @last}}, {{/unless}}{{/each}}\n' });
    const out = tempDir();
    const result = render(['records', '--format', 'md', '--templates', 'mine', '--out', out], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const notice = readFileSync(join(out, 'hr-001.notice.md'), 'utf8');
    expect(notice).toContain('## Ihre Rechte\n\nUnter den gesetzlichen Voraussetzungen haben Sie folgende Rechte:\n\n- Auskunftsrecht, Recht auf Berichtigung,');
  });

  it('override a page from the directory named by templates: in privrec.yaml', () => {
    const dir = project({ 'privrec.yaml': `${CONFIG}templates: site\n`, 'site/notice.html.hbs': '<p lang="{{lang}}">{{title}}: {{cite articles.notice}}</p>\n' });
    const out = tempDir();
    const result = render(['records', '--format', 'html', '--out', out], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'hr-001.notice.html'), 'utf8')).toBe('<p lang="de">Staff directory: Art. 13 und 14 DSGVO</p>\n');
  });
});

describe('template errors', () => {
  const cases = [
    { name: 'a syntax error', template: '# {{title}}\n\n{{#if description}}\nno end\n', message: /notice\.md\.hbs:5: syntax error/ },
    { name: 'an unknown field', template: '# {{title}}\n\n{{descripton}}\n', message: /notice\.md\.hbs:3:\d+: "descripton" is neither a field of the data here nor a helper/ },
    { name: 'an unknown helper without arguments', template: '# {{title}}\n{{missingHelper}}\n', message: /notice\.md\.hbs:2:\d+: "missingHelper" is neither a field/ },
    { name: 'an unknown helper with arguments', template: '# {{title}}\n\n{{shout title}}\n', message: /notice\.md\.hbs:3:\d+: "shout" is neither a field/ },
    { name: 'an unknown partial', template: '# {{title}}\n{{> nowhere}}\n', message: /notice\.md\.hbs: The partial nowhere could not be found/ },
  ];

  it.each(cases)('$name: names the file and line, exits 2, writes nothing', ({ template, message }) => {
    const dir = project({ 'mine/notice.md.hbs': template });
    const out = tempDir();
    const result = render(['records', '--format', 'md', '--templates', 'mine', '--out', out], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^privrec: template error: mine\//);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });

  it('names the partial that fails, not the page that includes it', () => {
    const dir = project({ 'mine/partials/party.md.hbs': '- {{name}}\n  - {{nmae}}\n' });
    const result = render(['records', '--format', 'md', '--templates', 'mine', '--out', tempDir()], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/template error: mine\/partials\/party\.md\.hbs:2:\d+: "nmae" is neither/);
  });

  it('reports a templates directory that does not exist', () => {
    const result = render(['records', '--templates', 'nowhere', '--out', tempDir()], { cwd: project() });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^privrec: template error: nowhere: the templates directory cannot be read: no such file/);
  });
});
