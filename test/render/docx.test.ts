/**
 * `--format docx` opened by a real word processor: LibreOffice (Debian's libreoffice-writer,
 * installed by .ci/run; without it these tests fail unless PRIVREC_SKIP_TOOLS=soffice) converts
 * each document to PDF and to text, and the text holds the record's items.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { convertWithLibreOffice } from '../libreoffice.js';
import { requireTool, toolSkipped } from '../tools.js';
import { render, tempDir } from './helpers.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Example {
  records: string;
  file: string;
  kind: 'record' | 'notice';
  audience: 'public' | 'internal';
}

const EXAMPLES: Example[] = [
  { records: 'examples/dhoon-laxey', file: 'zoom-video-conferencing.yaml', kind: 'record', audience: 'internal' },
  { records: 'examples/edps', file: 'edps-069-cisco-jabber.yaml', kind: 'record', audience: 'public' },
  { records: 'examples/vcrp', file: 'vcrp-panopto-registration.yaml', kind: 'notice', audience: 'public' },
  { records: 'examples/emsa', file: 'emsa-dona.yaml', kind: 'notice', audience: 'public' },
];

/** What the document must say: the record's own words for each item it shows. */
function itemsOf(record: Record<string, any>, example: Example): string[] {
  const texts = [
    record.title,
    ...(record.purposes ?? []),
    ...(record.personal_data ?? []).map((c: { category: string }) => c.category),
    ...(record.recipients ?? []).map((r: { name: string }) => r.name),
    ...(record.retention ?? []).map((r: { after?: string; until?: string }) => r.after ?? r.until).filter(Boolean),
  ];
  if (example.kind === 'record') {
    texts.push(record.id, ...(record.data_subjects ?? []).map((s: string | { category: string }) => (typeof s === 'string' ? s : s.category)));
    texts.push(...(record.security ?? []).map((m: string | { measure: string }) => (typeof m === 'string' ? m : m.measure)));
  }
  if (example.audience === 'internal') texts.push(...(record.dpia?.risks ?? []).map((r: { description: string }) => r.description));
  return texts.map(flat);
}

describe.skipIf(toolSkipped('soffice'))('Word documents opened by LibreOffice', () => {
  let out: string;
  let text: string;
  let pdf: string;

  beforeAll(() => {
    requireTool('soffice', 'libreoffice-writer');
    out = tempDir();
    for (const { records, kind, audience } of EXAMPLES) {
      const result = render([records, '--kind', kind, '--format', 'docx', '--audience', audience, '--force', '--out', out]);
      expect(result.status, result.stderr).toBe(0);
    }
    const documents = readdirSync(out).filter((name) => name.endsWith('.docx'));
    text = convertWithLibreOffice(out, documents, 'txt:Text (encoded):UTF8');
    pdf = convertWithLibreOffice(out, documents, 'pdf');
  }, 180_000);

  it.each(EXAMPLES)('$file as a $kind ($audience): every item of the record in the text', (example) => {
    const record = parse(readFileSync(join(ROOT, example.records, example.file), 'utf8')) as Record<string, any>;
    const content = flat(readFileSync(join(text, `${record.id}.${example.kind}.txt`), 'utf8'));
    for (const item of itemsOf(record, example)) expect(content, item).toContain(item);
    if (example.audience === 'public') expect(content).not.toContain('Internal: not for publication');
    else expect(content).toContain('Internal: not for publication');
  });

  it('prints on A4', () => {
    for (const name of readdirSync(pdf)) {
      const bytes = readFileSync(join(pdf, name)).toString('latin1');
      expect(bytes.startsWith('%PDF-'), name).toBe(true);
      expect(bytes, name).toMatch(/\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
    }
  });

  it('the public notice keeps its headings and its links to the controller and the DPO', () => {
    const content = readFileSync(join(text, 'vcrp-panopto-registration.notice.txt'), 'utf8');
    for (const heading of ['Who is responsible for the processing', 'Data protection officer', 'Your rights', 'Complaints']) expect(content).toContain(heading);
    expect(content).toContain('datenschutz@vcrp.de');
  });
});
