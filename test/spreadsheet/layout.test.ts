/** The register's sheets and back (src/spreadsheet): every record of the examples and fixtures comes back as it was. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RecordData } from '../../src/record.js';
import { registerSheets } from '../../src/spreadsheet/layout.js';
import { recordsFromSheets } from '../../src/spreadsheet/records.js';
import { ROOT } from '../helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, PROCESSOR_RECORD } from '../rules/records.js';

const EXAMPLES = ['dhoon-laxey', 'edps', 'emsa', 'vcrp'].flatMap((dir) =>
  readdirSync(join(ROOT, 'examples', dir))
    .filter((name) => name !== 'privrec.yaml' && name.endsWith('.yaml'))
    .map((name) => join('examples', dir, name)),
);
const FIXTURES = readdirSync(join(ROOT, 'test/fixtures/records')).map((name) => join('test/fixtures/records', name));

function records(): { name: string; record: RecordData }[] {
  return [
    { name: 'GDPR_RECORD', record: parse(GDPR_RECORD) },
    { name: 'EUDPR_RECORD', record: parse(EUDPR_RECORD) },
    { name: 'PROCESSOR_RECORD', record: parse(PROCESSOR_RECORD) },
    ...[...EXAMPLES, ...FIXTURES].map((file) => ({ name: file, record: parse(readFileSync(join(ROOT, file), 'utf8')) as RecordData })),
  ].filter(({ record }) => record !== null && typeof record === 'object' && typeof record.id === 'string');
}

/**
 * The one change a cell makes: a list of one text where the schema also takes a text
 * (`retention.data`, `mitigation`) comes back as the text, which means the same.
 */
function sameMeaning(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return (key === 'data' || key === 'mitigation') && value.length === 1 && typeof value[0] === 'string' ? value[0] : value.map((item) => sameMeaning(item));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sameMeaning(v, k)]));
  return value;
}

describe('the register as sheets, and back', () => {
  it.each(records())('$name', ({ record }) => {
    const sheets = registerSheets([record]).map((sheet) => ({ id: sheet.id, rows: sheet.rows.map((row, index) => ({ row, at: `${sheet.id}!${index + 2}` })) }));
    const [back] = recordsFromSheets(sheets);
    expect(sameMeaning(back!.record)).toEqual(sameMeaning(JSON.parse(JSON.stringify(record))));
  });
});
