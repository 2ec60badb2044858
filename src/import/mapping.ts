/**
 * A mapping (schemas/mapping.schema.json) applied to a workbook: one record per row under a
 * header row, or one per sheet of labelled cells. Each value goes under its key; what cannot be
 * placed (a yes/no that says neither, a country privrec does not know, a column no field names)
 * is kept as a comment for review beside the key it likely belongs to.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config.js';
import { readSource } from '../load/source.js';
import { parseYaml } from '../load/yaml.js';
import { validateMappingData } from '../validate/schema.js';
import { sameHeading } from '../text.js';
import { countryCode } from './countries.js';
import { cellAddress } from '../spreadsheet/address.js';
import { getPath, listAt, setPath } from '../spreadsheet/paths.js';
import type { Workbook, WorkbookSheet } from './workbook.js';
import type { CellValue } from '../spreadsheet/layout.js';
import { isListAt } from '../spreadsheet/records.js';

export interface Field {
  headings: string[];
  key: string;
  split?: 'none' | 'lines' | 'list';
  entry?: string;
  set?: Record<string, unknown>;
  as?: 'text' | 'boolean' | 'date' | 'country';
  comment?: boolean;
}

export interface Mapping {
  name?: string;
  layout: 'rows' | 'sheet-per-record';
  sheet?: string;
  sheets?: string;
  header?: string;
  defaults?: Record<string, unknown>;
  fields: Field[];
}

/** A value kept for review, beside `key`. */
export interface ReviewNote {
  key: string;
  text: string;
}

export interface ImportedRecord {
  data: Record<string, unknown>;
  notes: ReviewNote[];
  sheet: string;
  /** 1-based, for the rows layout. */
  row?: number;
  /** Cells placed under a key. */
  mapped: number;
  /** The mapping's defaults, which a cell may replace. */
  defaults: Record<string, unknown>;
}

const BUILT_IN = new Set(['ico', 'cnil']);

/** A mapping by name (ico, cnil) or file; a file that does not follow the schema throws ConfigError with its findings. */
export function loadMapping(nameOrFile: string): Mapping {
  const file = BUILT_IN.has(nameOrFile) ? fileURLToPath(new URL(`../../mappings/${nameOrFile}.yaml`, import.meta.url)) : nameOrFile;
  const source = readSource(file);
  if (!source.ok) throw new ConfigError(file, [{ ruleId: 'mapping', severity: 'error', message: source.message, line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  const parsed = parseYaml(source.text);
  const problems = parsed.problems.map((p) => ({ ruleId: 'mapping', severity: 'error' as const, message: p.message, ...p.range }));
  const findings = problems.length > 0 ? problems : validateMappingData(parsed.data, parsed.positions);
  if (findings.length > 0) throw new ConfigError(file, findings);
  return parsed.data as Mapping;
}

const YES = new Set(['yes', 'y', 'true', 'x', 'ja', 'j', 'oui', 'o', 'vrai', '1']);
const NO = new Set(['no', 'n', 'false', 'none', 'nein', 'non', 'faux', '0', 'na']);
const BULLET = /^\s*(?:[-*•·▪–]|\d+[.)])\s+/;

function parts(text: string, split: Field['split']): string[] {
  if (!split || split === 'none') return [text.trim()];
  const separators = split === 'list' ? /\r?\n|;/ : /\r?\n/;
  return text
    .split(separators)
    .map((part) => part.replace(BULLET, '').trim())
    .filter((part) => part !== '');
}

/** A value read `as` the field says, or undefined when it cannot be (kept for review then). */
function convert(value: CellValue, as: Field['as']): unknown {
  const text = String(value).trim();
  switch (as) {
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const word = sameHeading(text);
      return YES.has(word) ? true : NO.has(word) ? false : undefined;
    }
    case 'date': {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
      const european = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
      return european ? `${european[3]}-${european[2]!.padStart(2, '0')}-${european[1]!.padStart(2, '0')}` : undefined;
    }
    case 'country':
      return countryCode(text);
    default:
      return text;
  }
}

/** Puts one cell's value into the record, or notes it for review; returns whether it was placed. */
function apply(field: Field, heading: string, value: CellValue, address: string, record: ImportedRecord): void {
  const text = String(value).trim();
  if (text === '') return;
  const review = (why = '') => void record.notes.push({ key: field.key, text: `${heading} (${address})${why}: ${text.replace(/\s*\n\s*/g, ' / ')}` });
  if (field.comment) return review();
  const values = parts(text, field.split).map((part) => convert(part, field.as));
  if (values.some((converted) => converted === undefined)) return review(field.as ? ` [not read as ${field.as}]` : '');
  const list = field.entry !== undefined || field.split === 'lines' || field.split === 'list' || isListAt(field.key);
  if (list) {
    const items = listAt(record.data, field.key);
    for (const item of values) items.push(field.entry ? { ...(field.set ?? {}), [field.entry]: item } : item);
  } else if (getPath(record.data, field.key) !== undefined && getPath(record.data, field.key) !== getPath(record.defaults, field.key)) {
    return review(' [a second value for this key]');
  } else {
    setPath(record.data, field.key, values[0]);
  }
  record.mapped += 1;
}

function newRecord(mapping: Mapping, sheet: string, row?: number): ImportedRecord {
  const defaults = mapping.defaults ?? {};
  return { data: structuredClone(defaults), notes: [], sheet, row, mapped: 0, defaults };
}

function fieldFor(mapping: Mapping, text: string): Field | undefined {
  const wanted = sameHeading(text);
  return wanted === '' ? undefined : mapping.fields.find((field) => field.headings.some((heading) => sameHeading(heading) === wanted));
}

const textOf = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/** One record per row under the header row. */
function byRows(workbook: Workbook, mapping: Mapping): { records: ImportedRecord[]; unmapped: string[] } {
  const holdsHeader = (sheet: WorkbookSheet) => headerRow(sheet, mapping) >= 0;
  const sheet = mapping.sheet ? workbook.sheets.find((candidate) => candidate.name === mapping.sheet) : workbook.sheets.find(holdsHeader);
  if (!sheet)
    throw new MappingMismatch(
      mapping.sheet ? `the workbook has no sheet "${mapping.sheet}" (its sheets: ${workbook.sheets.map((s) => s.name).join(', ')})` : `no sheet has a row with the heading "${mapping.header}"`,
    );
  const header = headerRow(sheet, mapping);
  if (header < 0) throw new MappingMismatch(`the sheet "${sheet.name}" has no row with the heading "${mapping.header}"`);
  const columns = (sheet.rows[header] ?? []).map((cell) => fieldFor(mapping, textOf(cell)));
  const unmapped = (sheet.rows[header] ?? []).flatMap((cell, column) => (textOf(cell) !== '' && !columns[column] ? [`${cellAddress(sheet.name, header, column)} "${textOf(cell)}"`] : []));
  if (!columns.some(Boolean)) throw new MappingMismatch(`no heading of ${sheet.name}'s row ${header + 1} is one the mapping names`);
  const records: ImportedRecord[] = [];
  for (let row = header + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    if (!cells.some((cell) => textOf(cell) !== '')) continue;
    const record = newRecord(mapping, sheet.name, row + 1);
    cells.forEach((cell, column) => {
      const address = cellAddress(sheet.name, row, column);
      const field = columns[column];
      const heading = textOf(sheet.rows[header]?.[column]) || address;
      if (field) apply(field, heading, cell ?? null, address, record);
      else if (textOf(cell) !== '') record.notes.push({ key: '', text: `${heading} (${address}): ${textOf(cell).replace(/\s*\n\s*/g, ' / ')}` });
    });
    records.push(record);
  }
  return { records, unmapped };
}

function headerRow(sheet: WorkbookSheet, mapping: Mapping): number {
  if (!mapping.header) return sheet.rows.length > 0 ? 0 : -1;
  const wanted = sameHeading(mapping.header);
  return sheet.rows.findIndex((cells) => (cells ?? []).some((cell) => sameHeading(textOf(cell)) === wanted));
}

/** One record per sheet: each label's value is the next cell to its right that holds one, else the cell below. */
function bySheets(workbook: Workbook, mapping: Mapping): { records: ImportedRecord[]; unmapped: string[] } {
  const pattern = mapping.sheets ? new RegExp(mapping.sheets, 'iu') : undefined;
  const sheets = workbook.sheets.filter((sheet) => !pattern || pattern.test(sheet.name));
  if (sheets.length === 0) throw new MappingMismatch(`no sheet's name matches /${mapping.sheets}/ (the sheets: ${workbook.sheets.map((s) => s.name).join(', ')})`);
  const records: ImportedRecord[] = [];
  for (const sheet of sheets) {
    const record = newRecord(mapping, sheet.name);
    const used = new Set<string>();
    sheet.rows.forEach((cells, row) =>
      (cells ?? []).forEach((cell, column) => {
        const field = fieldFor(mapping, textOf(cell));
        if (!field || used.has(`${row}:${column}`)) return;
        used.add(`${row}:${column}`);
        const right = (cells ?? []).findIndex((other, at) => at > column && textOf(other) !== '');
        const [valueRow, valueColumn] = right >= 0 ? [row, right] : [row + 1, column];
        const value = sheet.rows[valueRow]?.[valueColumn];
        if (textOf(value) === '' || fieldFor(mapping, textOf(value))) return;
        used.add(`${valueRow}:${valueColumn}`);
        apply(field, textOf(cell), value ?? null, cellAddress(sheet.name, valueRow, valueColumn), record);
      }),
    );
    sheet.rows.forEach((cells, row) =>
      (cells ?? []).forEach((cell, column) => {
        if (textOf(cell) !== '' && !used.has(`${row}:${column}`)) record.notes.push({ key: '', text: `${cellAddress(sheet.name, row, column)}: ${textOf(cell).replace(/\s*\n\s*/g, ' / ')}` });
      }),
    );
    if (record.mapped > 0) records.push(record);
  }
  return { records, unmapped: [] };
}

/** The workbook does not have the shape the mapping describes. */
export class MappingMismatch extends Error {}

export function applyMapping(workbook: Workbook, mapping: Mapping): { records: ImportedRecord[]; unmapped: string[] } {
  return mapping.layout === 'rows' ? byRows(workbook, mapping) : bySheets(workbook, mapping);
}
