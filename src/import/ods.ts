/**
 * ODS (OpenDocument spreadsheet) cells from content.xml: texts (paragraphs joined by line
 * breaks), numbers, yes/no and dates. Repeated rows and columns are expanded only where they hold
 * a value, so the usual "1,048,576 empty rows" costs nothing. Formulas are never evaluated.
 */
import { openZip } from './zip.js';
import { parseXml } from './xml.js';
import { LIMITS, SpreadsheetError, putCell, type Workbook, type WorkbookSheet } from './workbook.js';

export function readOds(bytes: Uint8Array): Workbook {
  const zip = openZip(bytes);
  const content = zip.read('content.xml');
  if (!content) throw new SpreadsheetError('the file is not an ODS spreadsheet (it has no content.xml)');
  const sheets: WorkbookSheet[] = [];
  let sheet: WorkbookSheet | null = null;
  let row = 0;
  let column = 0;
  let rowRepeat = 1;
  let cell: { repeat: number; type: string; value: string | undefined; paragraphs: string[]; inParagraph: boolean } | null = null;
  let rowCells: { column: number; value: string | number | boolean }[] = [];

  const flushRow = () => {
    if (!sheet) return;
    if (rowCells.length > 0) {
      if (rowRepeat > 1 && row + rowRepeat > LIMITS.rows) throw new SpreadsheetError(`${sheet.name}: more than ${LIMITS.rows} rows`);
      for (let copy = 0; copy < rowRepeat; copy++) for (const { column: at, value } of rowCells) putCell(sheet, row + copy, at, value);
    }
    row += rowRepeat;
    rowCells = [];
  };

  parseXml(content, {
    open(name, attributes) {
      if (name === 'table:table') {
        sheet = { name: attributes['table:name'] ?? `Sheet${sheets.length + 1}`, rows: [] };
        row = 0;
      } else if (name === 'table:table-row' && sheet) {
        rowRepeat = Math.max(1, Number(attributes['table:number-rows-repeated'] ?? 1));
        column = 0;
        rowCells = [];
      } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && sheet) {
        const type = attributes['office:value-type'] ?? '';
        const value =
          type === 'date'
            ? attributes['office:date-value']
            : type === 'boolean'
              ? attributes['office:boolean-value']
              : type === 'float' || type === 'percentage' || type === 'currency'
                ? attributes['office:value']
                : undefined;
        cell = { repeat: Math.max(1, Number(attributes['table:number-columns-repeated'] ?? 1)), type, value, paragraphs: [], inParagraph: false };
      } else if (cell && name === 'text:p') {
        cell.paragraphs.push('');
        cell.inParagraph = true;
      } else if (cell?.inParagraph && name === 'text:s') {
        cell.paragraphs[cell.paragraphs.length - 1] += ' '.repeat(Math.min(100, Number(attributes['text:c'] ?? 1)));
      } else if (cell?.inParagraph && name === 'text:tab') {
        cell.paragraphs[cell.paragraphs.length - 1] += '\t';
      } else if (cell?.inParagraph && name === 'text:line-break') {
        cell.paragraphs[cell.paragraphs.length - 1] += '\n';
      }
    },
    text(text) {
      if (cell?.inParagraph) cell.paragraphs[cell.paragraphs.length - 1] += text;
    },
    close(name) {
      if (name === 'text:p' && cell) cell.inParagraph = false;
      if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && cell && sheet) {
        const value = odsValue(cell);
        if (value !== null) {
          if (cell.repeat > LIMITS.columns) throw new SpreadsheetError(`${sheet.name}: a value repeated over more than ${LIMITS.columns} columns`);
          for (let copy = 0; copy < cell.repeat; copy++) rowCells.push({ column: column + copy, value });
        }
        column += cell.repeat;
        cell = null;
      }
      if (name === 'table:table-row') flushRow();
      if (name === 'table:table' && sheet) {
        sheets.push(sheet);
        sheet = null;
      }
    },
  });
  return { sheets };
}

function odsValue(cell: { type: string; value: string | undefined; paragraphs: string[] }): string | number | boolean | null {
  if (cell.type === 'date' && cell.value) return cell.value.slice(0, 10);
  if (cell.type === 'boolean' && cell.value) return cell.value === 'true';
  if (cell.value !== undefined && cell.type !== 'string' && cell.type !== '') {
    const number = Number(cell.value);
    if (Number.isFinite(number)) return number;
  }
  const text = cell.paragraphs.join('\n');
  return text === '' ? null : text;
}
