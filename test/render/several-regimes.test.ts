/**
 * A record under several regimes (a Swiss shop serving customers in the EU: `regime: [fadp, gdpr]`):
 * lint reports each mistake once, and the notice carries what each regime requires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';

const record = readFileSync(join(ROOT, 'examples/swiss-shop/customer-support.yaml'), 'utf8')
  .replace('updated: "2024-09-01"', 'regime: [fadp, gdpr]\nupdated: "2024-09-01"')
  .replace('  - ref: shop', '  - name: Example Versand AG\n    contact: { email: datenschutz@versand.example }')
  .replace('  - article: 31(2)(a)', '  - article: Art. 6(1)(b) GDPR\n  - article: 31(2)(a)')
  .replace('notice:', 'notice:\n  requirement: Needed to answer the question.');
const project = () =>
  tempProject({
    'privrec.yaml': 'privrec: 1\nsupervisory_authority: lfd\nparties:\n  lfd: { name: Landesbeauftragte für den Datenschutz, contact: { url: "https://lfd.example" } }\n',
    'support.yaml': record,
  });

describe('a record under the FADP and the GDPR', () => {
  it('lint reports a mistake both regimes see once, citing both', () => {
    const result = runCli(['lint', '.', '--format', 'json', '--as-of', '2026-11-28'], { cwd: project() });
    const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string; message: string; regimes?: string[] }[] }[]).flatMap((file) => file.messages);
    expect(messages.map((m) => m.ruleId)).toEqual(['review-due']);
    expect(messages[0]!.message).toMatch(/\(Art\. 12\(2\) FADP\)\. The same applies under GDPR: Art\. 30\(1\) GDPR, Art\. 24\(1\) GDPR\.$/);
    expect(messages[0]!.regimes).toBeUndefined();
  });

  it('the notice is given under both, each ground under its own law, each right at its article in each, and names both authorities', () => {
    const dir = project();
    expect(runCli(['render', '.', '--kind', 'notice', '--format', 'md', '--out', 'out', '--as-of', '2026-11-28'], { cwd: dir }).status).toBe(0);
    const notice = readFileSync(join(dir, 'out', 'ch-shop-support.notice.md'), 'utf8');
    expect(notice).toContain('The following information is given pursuant to Art. 19 FADP and Art. 13 and 14 GDPR.');
    expect(notice).toContain('- **Art. 6(1)(b) GDPR**: The processing is necessary for the performance of a contract');
    expect(notice).toContain('- **Art. 31(2)(a) FADP**: The processing is directly connected with the conclusion or performance of a contract');
    expect(notice).toContain('**Right of access** (Art. 25 FADP; Art. 15 GDPR)');
    expect(notice).toContain('**Right to restriction of processing** (Art. 18 GDPR)');
    expect(notice).toContain('the Federal Data Protection and Information Commissioner (FDPIC)');
    expect(notice).toContain('Landesbeauftragte für den Datenschutz');
    expect(notice).toContain('Needed to answer the question.');
  });
});

describe('the Swiss notice in the languages of Switzerland', () => {
  it.each([
    ['de', 'gemäß Art. 19 DSG', 'Art. 31 Abs. 2 lit. a DSG', 'Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB)'],
    ['fr', 'art. 19 LPD', 'art. 31, paragraphe 2, point a) LPD', 'Préposé fédéral à la protection des données et à la transparence (PFPDT)'],
    ['it', 'ai sensi di: art. 19 LPD', 'art. 31 cpv. 2 lett. a LPD', 'Incaricato federale della protezione dei dati e della trasparenza (IFPDT)'],
  ])('%s: under the FADP as that language cites it, naming the FDPIC', (lang, intro, ground, authority) => {
    const dir = tempProject({});
    const result = runCli(['render', join(ROOT, 'examples/swiss-shop'), '--kind', 'notice', '--format', 'md', '--lang', lang, '--out', dir, '--as-of', '2026-11-28']);
    expect(result.status, result.stderr).toBe(0);
    const notice = readFileSync(join(dir, 'ch-shop-support.notice.md'), 'utf8');
    expect(notice).toContain(intro);
    expect(notice).toContain(ground);
    expect(notice).toContain(authority);
  });
});
