/**
 * A spreadsheet as import reads it: sheets of rows of cells, each cell a text, a number, a
 * yes/no or a date (YYYY-MM-DD), with its address for messages (`Sheet1!D14`). Formulas are
 * never evaluated: a formula cell gives the value the spreadsheet saved with it, if any.
 */
import { cellAddress } from '../spreadsheet/address.js';
import type { CellValue } from '../spreadsheet/layout.js';

export interface WorkbookSheet {
  name: string;
  /** Rows from the first; a missing cell is undefined. */
  rows: (CellValue | undefined)[][];
}

export interface Workbook {
  sheets: WorkbookSheet[];
}

/** What an untrusted file may hold before privrec stops reading it. */
export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  zipEntries: 5_000,
  entryBytes: 200 * 1024 * 1024,
  totalBytes: 400 * 1024 * 1024,
  /** Uncompressed to compressed, for entries over 1 MB: beyond it the file is taken for a zip bomb. */
  ratio: 200,
  rows: 100_000,
  columns: 2_000,
  cellCharacters: 32_767,
} as const;

/** A spreadsheet that cannot be read: the message names the sheet and cell where there is one. */
export class SpreadsheetError extends Error {}

/** Puts a cell into a sheet's rows, within the limits. */
export function putCell(sheet: WorkbookSheet, row: number, column: number, value: CellValue): void {
  if (row >= LIMITS.rows) throw new SpreadsheetError(`${cellAddress(sheet.name, row, column)}: the sheet has more than ${LIMITS.rows} rows`);
  if (column >= LIMITS.columns) throw new SpreadsheetError(`${cellAddress(sheet.name, row, column)}: the sheet has more than ${LIMITS.columns} columns`);
  if (typeof value === 'string' && value.length > LIMITS.cellCharacters)
    throw new SpreadsheetError(`${cellAddress(sheet.name, row, column)}: the cell holds more than ${LIMITS.cellCharacters} characters`);
  (sheet.rows[row] ??= [])[column] = value;
}

/** Days since 1899-12-30 (the 1900 date system) as YYYY-MM-DD. */
export function serialDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Reads a spreadsheet by its extension: .xlsx, .ods, .csv (and .tsv). */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  if (bytes.byteLength > LIMITS.fileBytes) throw new SpreadsheetError(`the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`);
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return (await import('./xlsx.js')).readXlsx(bytes);
  if (extension === 'ods') return (await import('./ods.js')).readOds(bytes);
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return (await import('./csv.js')).readCsv(bytes, file);
  throw new SpreadsheetError('privrec reads .xlsx, .ods and .csv files (an .xls file: save it as .xlsx first)');
}
