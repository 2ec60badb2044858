/**
 * A processor's record (`role: processor`, Art. 31(2) of 2018/1725, Art. 30(2) GDPR): its own
 * page, with what the law asks of it; never a notice; listed apart in the register.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GDPR_RECORD, PROCESSOR_RECORD } from '../rules/records.js';
import { runCli, tempProject } from '../helpers.js';

const project = () => tempProject({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\nnotices: true\n', 'records/hosting.yaml': PROCESSOR_RECORD, 'records/lessons.yaml': GDPR_RECORD });

describe("a processor's record, rendered", () => {
  it('has its own page: the processor, the controllers with the processing done for each, transfers and security (Art. 30(2)(a)-(d))', () => {
    const dir = project();
    for (const format of ['md', 'html']) expect(runCli(['render', 'records', '--kind', 'record', '--format', format, '--out', 'out', '--as-of', '2026-11-28'], { cwd: dir }).status).toBe(0);
    const md = readFileSync(join(dir, 'out', 'processor-example.record.md'), 'utf8');
    expect(md).toContain('kept by the processor pursuant to Art. 30(2) GDPR.');
    expect(md).toMatch(/\| 3\. \| Name and contact details of the processor \| \*\*ACME Cloud GmbH\*\* \(E-mail: <privacy@acme\.example>\) \|/);
    expect(md).toContain('**Shop One Ltd** (E-mail: <privacy@shop-one.example>; Categories of processing: Hosting the web shop and Nightly backups)');
    expect(md).toContain('| 6. | Are there any transfers');
    expect(md).not.toMatch(/Legal basis|Time limit for keeping|data protection notice/);
    const html = readFileSync(join(dir, 'out', 'processor-example.record.html'), 'utf8');
    expect(html).toContain('<th scope="row">Controllers on whose behalf the processor acts, and the categories of processing carried out for each</th>');
  });

  it('is never rendered as a notice, and says why', () => {
    const dir = project();
    const result = runCli(['render', 'records', '--kind', 'notice', '--format', 'md', '--out', 'out', '--as-of', '2026-11-28'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("no notice rendered: it is a processor's record (`role: processor`)");
    expect(existsSync(join(dir, 'out', 'processor-example.notice.md'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'gdpr-example.notice.md'))).toBe(true);
  });

  it('is listed apart in the register, without a notice link', () => {
    const dir = project();
    expect(runCli(['render', 'records', '--kind', 'register', '--format', 'md', '--out', 'out', '--as-of', '2026-11-28'], { cwd: dir }).status).toBe(0);
    const register = readFileSync(join(dir, 'out', 'register.md'), 'utf8');
    const [controllers, processors] = register.split('## Records kept as processor');
    expect(controllers).toContain('| gdpr-example |');
    expect(controllers).not.toContain('processor-example');
    expect(processors).toContain('| processor-example | Hosting of client web shops | Shop One Ltd and Shop Two SA | 1 June 2026 | [Record processor-example](<processor-example.record.md>) |');
  });

  it('is counted among the records of the register, and its table is laid out as the register is', () => {
    const dir = project();
    expect(runCli(['render', 'records', '--site', 'site', '--as-of', '2026-11-28'], { cwd: dir }).status).toBe(0);
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    expect(html).toContain('Number of records: 2');
    expect(html).toMatch(/<table class="processor-register stacked">[\s\S]*<th scope="row" class="col-title"><a href="processor-example.record.html">Hosting of client web shops<\/a><\/th>/);
  });
});
