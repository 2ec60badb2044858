/**
 * `export --format xlsx`: the register as one workbook, a sheet per table (cells.ts), with the
 * header row frozen and filtered, columns as wide as their text (within limits), dates as dates,
 * long texts wrapped. write-excel-file writes it: maintained, and its only dependency is fflate.
 * Loaded only by `privrec export`.
 */
import writeXlsxFile, { type Feature, type Sheet as WorkbookSheet, type SheetData } from 'write-excel-file/node';

/** What write-excel-file's Node build takes as file content. */
type Content = import('node:stream').Stream | Buffer | import('node:buffer').Blob;
import { columnName } from '../spreadsheet/address.js';
import { isDateColumn, type Table } from './cells.js';

/** Column widths in characters: the longest line of the heading or of the first 200 cells, between 8 and 60. */
function widths(table: Table): { width: number }[] {
  return table.columns.map((_, column) => {
    const lengths = [table.headings[column]!, ...table.rows.slice(0, 200).map((row) => String(row[column] ?? ''))].flatMap((text) => text.split('\n').map((line) => line.length));
    return { width: Math.min(60, Math.max(8, ...lengths) + 2) };
  });
}

/** An autofilter on each sheet's header row (write-excel-file has none of its own). */
function autoFilter(tables: readonly Table[]): Feature<Content> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(content, _options, { sheetIndex }) {
            const table = tables[sheetIndex];
            if (!table || table.columns.length === 0 || content.includes('<autoFilter')) return content;
            const filter = `<autoFilter ref="A1:${columnName(table.columns.length - 1)}${table.rows.length + 1}"/>`;
            // autoFilter follows sheetData (ECMA-376 Part 1, 18.3.1.99 worksheet).
            return content.replace(/<sheetData\/>|<\/sheetData>/, (end) => `${end}${filter}`);
          },
        },
      },
    },
  };
}

function sheetData(table: Table): SheetData {
  const header = table.headings.map((heading) => ({ value: heading, fontWeight: 'bold' as const, backgroundColor: '#F3F5F8', alignVertical: 'top' as const }));
  const rows = table.rows.map((row) =>
    row.map((value, column) => {
      if (value === null) return null;
      if (typeof value === 'string' && isDateColumn(table, table.columns[column]!) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd', alignVertical: 'top' as const };
      }
      if (typeof value === 'string') {
        // A text cell with the Text format: a spreadsheet shows it as written and never evaluates it.
        return { value, type: String, format: '@', wrap: value.includes('\n') || value.length > 60, alignVertical: 'top' as const };
      }
      return { value, alignVertical: 'top' as const };
    }),
  );
  return [header, ...rows] as SheetData;
}

export async function writeXlsx(tables: readonly Table[]): Promise<Buffer> {
  const sheets: WorkbookSheet<Content>[] = tables.map((table) => ({ data: sheetData(table), sheet: table.title, columns: widths(table), stickyRowsCount: 1 }));
  return (await writeXlsxFile(sheets, { features: [autoFilter(tables)], fontFamily: 'Liberation Sans', fontSize: 10 }).toBuffer()) as Buffer;
}
