/**
 * CSV cells, parsed by csv-parse: the separator found in the first line (comma, semicolon as
 * European spreadsheets write it, or tab), a byte-order mark dropped, quoted line breaks kept.
 * A leading apostrophe that `privrec export` put before a formula-like text is taken off.
 */
import { parse } from 'csv-parse/sync';
import { FORMULA_START } from '../export/cells.js';
import { SpreadsheetError, putCell, type Workbook, type WorkbookSheet } from './workbook.js';

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  return counts.sort((a, b) => b.count - a.count)[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

export function readCsv(bytes: Uint8Array, file: string): Workbook {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetError('the CSV file is not UTF-8: save it as "CSV UTF-8"');
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: delimiterOf(text.replace(/^\uFEFF/, '')), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new SpreadsheetError(`the CSV cannot be read${lines ? ` at line ${lines}` : ''}: ${(error as Error).message.replace(/^Invalid Record Length: |^CSV_\w+: /, '')}`);
  }
  const name = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const sheet: WorkbookSheet = { name, rows: [] };
  records.forEach((cells, row) =>
    cells.forEach((value, column) => {
      if (value === '') return;
      putCell(sheet, row, column, value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
    }),
  );
  return { sheets: [sheet] };
}
