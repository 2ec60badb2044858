/**
 * `export --format csv`: one CSV file per table (cells.ts), named by the table's id, UTF-8 with a
 * byte-order mark (so that Excel reads the accents), RFC 4180 quoting by csv-stringify. A text
 * that a spreadsheet would take for a formula is written with a leading apostrophe (OWASP), which
 * `privrec import` takes off again. Loaded only by `privrec export`.
 */
import { stringify } from 'csv-stringify/sync';
import { FORMULA_START, type Table } from './cells.js';

const BOM = '\uFEFF';

/** A value as CSV holds it: texts that start a formula are quoted out. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvFileName(table: Table): string {
  return `${table.id.replace(/\./g, '-')}.csv`;
}

export function writeCsv(table: Table): string {
  return BOM + stringify([table.headings.map(csvCell), ...table.rows.map((row) => row.map(csvCell))], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
