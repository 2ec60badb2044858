/**
 * The register's sheets as a spreadsheet shows them: headings in the page language, dates as
 * dates, and no text a spreadsheet would take for a formula (OWASP, CSV injection): shared by
 * the XLSX and CSV writers.
 */
import type { Lang } from '../render/i18n.js';
import { DATE_PATHS, type CellValue, type Sheet } from '../spreadsheet/layout.js';
import { columnHeading, sheetTitle } from '../spreadsheet/headings.js';

/** What starts a formula in Excel, LibreOffice or Google Sheets (OWASP's list). */
export const FORMULA_START = /^[=+\-@\t\r]/;

export interface Table {
  title: string;
  id: string;
  headings: string[];
  columns: string[];
  rows: CellValue[][];
}

/** Each sheet with its localised title and headings; sheets with no row are left out but the records sheet. */
export function tablesOf(sheets: readonly Sheet[], lang: Lang): Table[] {
  return sheets
    .filter((sheet) => sheet.id === 'records' || sheet.rows.length > 0)
    .map((sheet) => ({
      id: sheet.id,
      title: sheetTitle(sheet.id, lang),
      columns: sheet.columns,
      headings: sheet.columns.map((column) => columnHeading(column, lang)),
      rows: sheet.rows.map((row) => sheet.columns.map((column) => row[column] ?? null)),
    }));
}

/** A date column of the records sheet: its cells become spreadsheet dates. */
export function isDateColumn(table: Table, column: string): boolean {
  return table.id === 'records' && DATE_PATHS.has(column);
}
