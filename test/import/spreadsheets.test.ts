/**
 * Registers in and out of spreadsheets, end to end with real files: `privrec export` read back by
 * privrec and by LibreOffice (Debian's libreoffice-calc, installed by .ci/run; without it these
 * tests fail unless PRIVREC_SKIP_TOOLS=soffice), formula injection, an export imported again
 * (same findings, same notices), the ICO and CNIL templates imported (golden YAML), and hostile
 * spreadsheets refused with a clear message.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { convertWithLibreOffice } from '../libreoffice.js';
import { STACK_TRACE, tempDir } from '../render/helpers.js';
import { GDPR_RECORD } from '../rules/records.js';
import { requireTool, toolSkipped } from '../tools.js';
import { cnilTemplate, icoTemplate } from './templates.mjs';

const GOLDEN = fileURLToPath(new URL('golden/', import.meta.url));
const AS_OF = ['--as-of', '2026-11-28'];

const csvRows = (file: string) => parseCsv(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true }) as string[][];

describe.skipIf(toolSkipped('soffice'))('export: read back by LibreOffice', () => {
  let out: string;

  beforeAll(() => {
    requireTool('soffice', 'libreoffice-calc');
    out = tempDir();
    for (const format of ['xlsx', 'csv']) {
      const result = runCli(['export', 'examples', '--format', format, '--force', '--audience', 'internal', '--out', join(out, format === 'xlsx' ? 'register.xlsx' : 'csv'), ...AS_OF]);
      expect(result.status, result.stderr).toBe(0);
    }
    // Every sheet of the workbook to a CSV file of its own (LibreOffice 7.2+: sheet -1).
    convertWithLibreOffice(out, ['register.xlsx'], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
  }, 180_000);

  it('LibreOffice opens the workbook and reads what privrec wrote, cell for cell, in every sheet', () => {
    const ours = readdirSync(join(out, 'csv'));
    expect(ours).toEqual(
      expect.arrayContaining([
        'records.csv',
        'controllers.csv',
        'processors.csv',
        'legal_basis.csv',
        'personal_data.csv',
        'recipients.csv',
        'transfers.csv',
        'retention.csv',
        'security.csv',
        'dpia-risks.csv',
      ]),
    );
    const titles: Record<string, string> = {
      'records.csv': 'Records',
      'legal_basis.csv': 'Legal bases',
      'personal_data.csv': 'Data categories',
      'dpia-risks.csv': 'DPIA risks',
      'transfers.csv': 'Transfers',
    };
    for (const [file, title] of Object.entries(titles)) {
      const libreOffice = csvRows(join(out, 'csv', `register-${title}.csv`));
      const privrec = csvRows(join(out, 'csv', file)).map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
      expect(libreOffice, file).toEqual(privrec);
    }
  });

  it('keeps the register complete: a row per record, and per entry of each repeated item', () => {
    const records = csvRows(join(out, 'csv', 'records.csv'));
    expect(records[0]!.slice(0, 6)).toEqual(['Reference', 'Processing activity', 'Regime', 'Language', 'Last update', 'Description']);
    expect(
      records
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual([
      'ch-shop-support',
      'edps-069',
      'emsa-dona',
      'uk-uni-wellbeing',
      'vcrp-panopto-backup',
      'vcrp-panopto-cookies',
      'vcrp-panopto-email-notifications',
      'vcrp-panopto-log-files',
      'vcrp-panopto-registration',
      'zoom-video-conferencing',
    ]);
    const risks = csvRows(join(out, 'csv', 'dpia-risks.csv'));
    expect(risks.slice(1).every((row) => row[0] === 'zoom-video-conferencing')).toBe(true);
    expect(risks).toHaveLength(7);
    // Dates are dates in the workbook: LibreOffice shows the date format privrec gave them.
    const libreOffice = csvRows(join(out, 'csv', 'register-Records.csv'));
    expect(libreOffice.find((row) => row[0] === 'edps-069')![4]).toBe('2023-03-20');
  });

  it('freezes and filters the header row of every sheet', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const parts = unzipSync(readFileSync(join(out, 'register.xlsx')));
    const sheets = Object.keys(parts).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(10);
    for (const name of sheets) {
      const xml = strFromU8(parts[name]!);
      expect(xml, name).toMatch(/<pane [^>]*state="frozen"/);
      expect(xml, name).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
    }
  });
});

describe.skipIf(toolSkipped('soffice'))('formula injection', () => {
  const HOSTILE = ['=HYPERLINK("http://attacker.example/","click")', '+1+2', '-3+4', '@SUM(1,2)', '\t=1+1', '\r=1+1'];

  it('no spreadsheet evaluates a value that starts like a formula, in XLSX or CSV', () => {
    requireTool('soffice', 'libreoffice-calc');
    const record = GDPR_RECORD.replace('purposes:\n  - Teaching pupils at a distance.', `purposes:\n${HOSTILE.map((value) => `  - ${JSON.stringify(value)}`).join('\n')}`);
    const project = tempProject({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\n', 'record.yaml': record });
    const out = tempDir();
    for (const format of ['xlsx', 'csv']) {
      const result = runCli(['export', '.', '--format', format, '--force', '--out', join(out, format === 'xlsx' ? 'register.xlsx' : 'csv'), ...AS_OF], { cwd: project });
      expect(result.status, result.stderr).toBe(0);
    }
    // The CSV file quotes them out with an apostrophe.
    const purposes = csvRows(join(out, 'csv', 'purposes.csv'))
      .slice(1)
      .map((row) => row[1]);
    expect(purposes).toEqual(HOSTILE.map((value) => `'${value}`));
    // LibreOffice reads the workbook's cells as the texts written, not as results.
    convertWithLibreOffice(out, ['register.xlsx'], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
    // (LibreOffice writes a carriage return inside a cell as a line feed.)
    expect(
      csvRows(join(out, 'csv', 'register-Purposes.csv'))
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(HOSTILE.map((value) => value.replace('\r', '\n')));
    // And opening privrec's CSV, LibreOffice keeps them as text too.
    cpSync(join(out, 'csv', 'purposes.csv'), join(out, 'purposes.csv'));
    convertWithLibreOffice(out, ['purposes.csv'], 'xlsx');
    convertWithLibreOffice(join(out, 'xlsx'), ['purposes.xlsx'], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
    const reopened = readdirSync(join(out, 'xlsx', 'csv')).find((name) => name.endsWith('.csv'))!;
    expect(
      csvRows(join(out, 'xlsx', 'csv', reopened))
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(HOSTILE.map((value) => `'${value.replace('\r', '\n')}`));
  }, 180_000);
});

describe('export, then import --mapping privrec', () => {
  it.each(['dhoon-laxey', 'edps', 'emsa', 'vcrp'])('examples/%s: the same findings and the same notices', (example) => {
    const work = tempDir();
    const original = join(work, 'original');
    cpSync(join(ROOT, 'examples', example), original, { recursive: true });
    const exported = runCli(['export', '.', '--format', 'xlsx', '--force', '--audience', 'internal', '--out', join(work, 'register.xlsx'), ...AS_OF], { cwd: original });
    expect(exported.status, exported.stderr).toBe(0);
    const again = join(work, 'again');
    mkdirSync(again);
    cpSync(join(original, 'privrec.yaml'), join(again, 'privrec.yaml'));
    const imported = runCli(['import', join(work, 'register.xlsx'), '--mapping', 'privrec', '--out', '.', '--no-lint'], { cwd: again });
    expect(imported.status, imported.stderr).toBe(0);

    const findings = (dir: string) => {
      const result = runCli(['lint', '.', '--format', 'json', ...AS_OF], { cwd: dir });
      const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
      // Files are named by record id on import: the findings are compared without their file.
      return files.flatMap((file) => file.messages.map((m) => `${m.ruleId} ${m.message}`)).sort();
    };
    expect(findings(again)).toEqual(findings(original));

    for (const dir of [original, again]) {
      const result = runCli(['render', '.', '--kind', 'notice', '--format', 'html', '--force', '--out', join(dir, 'out'), ...AS_OF], { cwd: dir });
      expect([0, 2], result.stderr).toContain(result.status);
    }
    if (existsSync(join(original, 'out'))) {
      for (const name of readdirSync(join(original, 'out'))) expect(readFileSync(join(again, 'out', name), 'utf8'), name).toBe(readFileSync(join(original, 'out', name), 'utf8'));
    }
  });

  it('reads a German export as an English one, and a folder of CSV files as a workbook', () => {
    const work = tempDir();
    const exported = runCli(['export', 'examples/vcrp', '--format', 'csv', '--lang', 'de', '--force', '--out', join(work, 'csv'), ...AS_OF]);
    expect(exported.status, exported.stderr).toBe(0);
    const imported = runCli(['import', join(work, 'csv'), '--mapping', 'privrec', '--out', join(work, 'records'), '--no-lint']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(readdirSync(join(work, 'records')).sort()).toEqual(
      readdirSync(join(ROOT, 'examples/vcrp'))
        .filter((name) => name !== 'privrec.yaml')
        .sort(),
    );
  });
});

describe('import from the authorities’ templates', () => {
  it.each([
    ['ico', icoTemplate, 'ico.xlsx'],
    ['cnil', cnilTemplate, 'cnil.xlsx'],
  ] as const)('%s: one record per activity, as reviewed (golden files), ending with lint', async (mapping, make, name) => {
    const work = tempDir();
    writeFileSync(join(work, name), await make());
    const result = runCli(['import', name, '--mapping', mapping, '--out', 'records'], { cwd: work });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/privrec: 2 records written to records; \d+ cells mapped, \d+ left for review/);
    expect(result.stdout).toContain('linting what was written');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const written = readdirSync(join(work, 'records')).sort();
    expect(written).toEqual(readdirSync(join(GOLDEN, mapping)).sort());
    for (const file of written) expect(readFileSync(join(work, 'records', file), 'utf8'), file).toBe(readFileSync(join(GOLDEN, mapping, file), 'utf8'));
  });

  it('never overwrites a record: a second import writes nothing and says so', async () => {
    const work = tempDir();
    writeFileSync(join(work, 'ico.xlsx'), await icoTemplate());
    expect(runCli(['import', 'ico.xlsx', '--mapping', 'ico', '--out', 'records', '--no-lint'], { cwd: work }).status).toBe(0);
    const first = readdirSync(join(work, 'records')).map((file) => readFileSync(join(work, 'records', file), 'utf8'));
    writeFileSync(join(work, 'records', 'human-resources.yaml'), 'privrec: 1\nid: edited-by-hand\n');
    const second = runCli(['import', 'ico.xlsx', '--mapping', 'ico', '--out', 'records', '--no-lint'], { cwd: work });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/not overwritten, already there: records\/human-resources.yaml, records\/marketing.yaml/);
    expect(readFileSync(join(work, 'records', 'human-resources.yaml'), 'utf8')).toBe('privrec: 1\nid: edited-by-hand\n');
    expect(readFileSync(join(work, 'records', 'marketing.yaml'), 'utf8')).toBe(first[1]);
  });

  it('a mapping file that does not follow the schema is refused at its line', () => {
    const work = tempProject({ 'my-mapping.yaml': 'privrec-mapping: 1\nlayout: rows\nfields:\n  - headings: [Purpose]\n    key: Purposes!\n', 'sheet.csv': 'Purpose\nPayroll\n' });
    const result = runCli(['import', 'sheet.csv', '--mapping', 'my-mapping.yaml', '--out', 'records'], { cwd: work });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/my-mapping\.yaml\n\s+5:10\s+error/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('privrec schema --kind mapping prints the schema the built-in mappings follow', () => {
    const result = runCli(['schema', '--kind', 'mapping']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).$id).toBe('https://privrec.dev/schemas/mapping.schema.json');
  });
});

/** A zip file with the given parts, the uncompressed size its directory declares for one of them changed where asked. */
function zipWith(parts: Record<string, Uint8Array>, declare?: { name: string; size: number }): Buffer {
  const bytes = Buffer.from(zipSync(parts, { level: 9 }));
  if (!declare) return bytes;
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let entry = 0; entry < bytes.readUInt16LE(end + 10); entry++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === declare.name) bytes.writeUInt32LE(declare.size, at + 24);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return bytes;
}

describe('hostile spreadsheets: a clear message, exit 2, nothing written', () => {
  const cases: [string, string, Buffer | string, RegExp][] = [
    ['not a zip file', 'register.xlsx', 'this is not a spreadsheet', /register\.xlsx: the file is not a spreadsheet: it is not a zip file/],
    ['a zip bomb (1 GB of zeros)', 'bomb.xlsx', zipWith({ 'xl/workbook.xml': new Uint8Array(300 * 1024 * 1024) }), /bomb\.xlsx: the part xl\/workbook\.xml would grow to \d+ bytes, more than/],
    [
      'a part that lies about its size',
      'liar.xlsx',
      zipWith({ 'xl/workbook.xml': new Uint8Array(5 * 1024 * 1024) }, { name: 'xl/workbook.xml', size: 1000 }),
      /liar\.xlsx: the part xl\/workbook\.xml is damaged or larger than its zip directory says/,
    ],
    ['a workbook without a workbook', 'empty.xlsx', zipWith({ 'hello.txt': new TextEncoder().encode('hi') }), /empty\.xlsx: the file is not an XLSX workbook/],
    ['a CSV with a broken quote', 'broken.csv', 'Purpose of processing\n"Payroll\n', /broken\.csv: the CSV cannot be read/],
    ['a CSV that is not UTF-8', 'latin1.csv', Buffer.from([0x50, 0x75, 0x72, 0x70, 0x6f, 0x73, 0x65, 0x0a, 0xe9, 0x0a]), /latin1\.csv: the CSV file is not UTF-8/],
    ['an .xls file', 'old.xls', 'binary', /old\.xls: privrec reads \.xlsx, \.ods and \.csv files/],
  ];

  it.each(cases)('%s', (_, name, content, message) => {
    const work = tempProject({ [name]: content });
    const started = Date.now();
    const result = runCli(['import', name, '--mapping', 'ico', '--out', 'records'], { cwd: work });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(work, 'records'))).toBe(false);
  });

  it('a problem in a sheet is named at its cell', () => {
    const work = tempProject({ 'register/records.csv': 'Reference,Processing activity\nr-1,Payroll\n,Newsletter\n', 'register/purposes.csv': 'Record,Text\nr-2,Sending news\n' });
    const missingId = runCli(['import', 'register', '--mapping', 'privrec', '--out', 'records'], { cwd: work });
    expect(missingId.status).toBe(2);
    expect(missingId.stderr).toBe('privrec: register: records!A3: the record has no `id`.\n');
    writeFileSync(join(work, 'register/records.csv'), 'Reference,Processing activity\nr-1,Payroll\n');
    const unknownRecord = runCli(['import', 'register', '--mapping', 'privrec', '--out', 'records'], { cwd: work });
    expect(unknownRecord.status).toBe(2);
    expect(unknownRecord.stderr).toBe('privrec: register: purposes!A2: `record` names no record of the records sheet ("r-2").\n');
    expect(existsSync(join(work, 'records'))).toBe(false);
  });

  it('a formula cell is never evaluated: its saved value is read, or nothing', () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>Business function</t></is></c><c r="B1" t="inlineStr"><is><t>Purpose of processing</t></is></c></row>
      <row r="2"><c r="A2" t="str"><f>HYPERLINK("http://attacker.example/","Payroll")</f><v>Payroll</v></c><c r="B2"><f>1+1</f></c></row>
    </sheetData></worksheet>`;
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Template" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>';
    const text = (xml: string) => new TextEncoder().encode(xml);
    const work = tempProject({ 'f.xlsx': zipWith({ 'xl/workbook.xml': text(workbook), 'xl/_rels/workbook.xml.rels': text(rels), 'xl/worksheets/sheet1.xml': text(sheet) }) });
    const result = runCli(['import', 'f.xlsx', '--mapping', 'ico', '--out', 'records', '--no-lint'], { cwd: work });
    expect(result.status, result.stderr).toBe(0);
    const yaml = readFileSync(join(work, 'records', 'payroll.yaml'), 'utf8');
    expect(yaml).toContain('title: Payroll');
    expect(yaml).not.toMatch(/purposes|attacker/);
  });
});
