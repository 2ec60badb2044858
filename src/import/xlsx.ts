/**
 * XLSX (Office Open XML, ECMA-376) cells: the workbook's sheets in order, shared and inline
 * strings, numbers, yes/no, and dates (numbers whose format is a date format). A formula cell
 * gives its cached value; the formula itself is never evaluated.
 */
import { columnIndex } from '../spreadsheet/address.js';
import { openZip } from './zip.js';
import { parseXml } from './xml.js';
import { SpreadsheetError, putCell, serialDate, type Workbook, type WorkbookSheet } from './workbook.js';

/** Built-in number formats that are dates (ECMA-376 Part 1, 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function read(zip: ReturnType<typeof openZip>, name: string): Uint8Array | undefined {
  return zip.read(name) ?? zip.read(name.replace(/^\//, ''));
}

function sharedStrings(bytes: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (!bytes) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = false;
  parseXml(bytes, {
    open(name) {
      if (name === 'si') current = '';
      if (name === 'rPh') phonetic = true;
      if (name === 't' && !phonetic) inText = true;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      if (name === 'rPh') phonetic = false;
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
  });
  return strings;
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
function dateStyles(bytes: Uint8Array | undefined): boolean[] {
  if (!bytes) return [];
  const customDates = new Set<number>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const code = (attributes.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        if (/[dmy]/i.test(code) && !/^[#0.,%\s]*$/.test(code)) customDates.add(Number(attributes.numFmtId));
      }
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(DATE_FORMAT_IDS.has(id) || customDates.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** The sheets in workbook order, with the part each is stored in. */
function sheetParts(zip: ReturnType<typeof openZip>): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  const rels = read(zip, 'xl/_rels/workbook.xml.rels');
  if (rels) {
    parseXml(rels, {
      open(name, attributes) {
        if (name === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
      },
    });
  }
  const workbook = read(zip, 'xl/workbook.xml');
  if (!workbook) throw new SpreadsheetError('the file is not an XLSX workbook (it has no xl/workbook.xml)');
  const sheets: { name: string; part: string }[] = [];
  parseXml(workbook, {
    open(name, attributes) {
      if (name !== 'sheet') return;
      const target = targets.get(attributes['r:id'] ?? '') ?? `worksheets/sheet${sheets.length + 1}.xml`;
      sheets.push({ name: attributes.name ?? `Sheet${sheets.length + 1}`, part: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
    },
  });
  return sheets;
}

export function readXlsx(bytes: Uint8Array): Workbook {
  const zip = openZip(bytes);
  const strings = sharedStrings(read(zip, 'xl/sharedStrings.xml'));
  const dates = dateStyles(read(zip, 'xl/styles.xml'));
  const sheets: WorkbookSheet[] = [];
  for (const { name, part } of sheetParts(zip)) {
    const sheet: WorkbookSheet = { name, rows: [] };
    const data = read(zip, part);
    if (!data) throw new SpreadsheetError(`the sheet ${name} is missing from the file (${part})`);
    let row = -1;
    let column = -1;
    let cell: { type: string; style: number; value: string; inline: string; hasValue: boolean } | null = null;
    let into: 'v' | 't' | null = null;
    parseXml(data, {
      open(tag, attributes) {
        if (tag === 'row') {
          row = attributes.r ? Number(attributes.r) - 1 : row + 1;
          column = -1;
        } else if (tag === 'c') {
          const reference = /^([A-Z]+)(\d+)$/i.exec(attributes.r ?? '');
          column = reference ? columnIndex(reference[1]!) : column + 1;
          cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '', inline: '', hasValue: false };
        } else if (cell && tag === 'v') {
          into = 'v';
          cell.hasValue = true;
        } else if (cell && tag === 't') {
          into = 't';
        }
      },
      text(text) {
        if (!cell) return;
        if (into === 'v') cell.value += text;
        if (into === 't') cell.inline += text;
      },
      close(tag) {
        if (tag === 'v' || tag === 't') into = null;
        if (tag !== 'c' || !cell) return;
        const current = cell;
        cell = null;
        const value = cellValue(current, strings, dates);
        if (value !== null && value !== '') putCell(sheet, row, column, value);
      },
    });
    sheets.push(sheet);
  }
  return { sheets };
}

function cellValue(cell: { type: string; style: number; value: string; inline: string; hasValue: boolean }, strings: string[], dates: boolean[]): string | number | boolean | null {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? null;
    case 'inlineStr':
      return cell.inline;
    case 'str':
      return cell.value;
    case 'b':
      return cell.value === '1';
    case 'e':
      return null;
    default: {
      if (!cell.hasValue || cell.value.trim() === '') return null;
      const number = Number(cell.value);
      if (!Number.isFinite(number)) return cell.value;
      return dates[cell.style] ? serialDate(number) : number;
    }
  }
}
