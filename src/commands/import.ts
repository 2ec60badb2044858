/**
 * `privrec import FILE --mapping ico|cnil|privrec|MAPPING.yaml --out DIR`: a register kept in a
 * spreadsheet becomes one YAML record per row (or per sheet), each value under its key, the rest
 * kept as comments for review, `x-import` saying where each came from. Never overwrites a file;
 * prints what it did and lints what it wrote.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readBytes, statOrUndefined } from '../load/source.js';
import { writeNewFile } from '../output.js';
import { shownPath } from '../paths.js';
import { formatContext } from '../report/index.js';
import { stylish } from '../report/stylish.js';
import { LIST_SHEETS, type CellValue } from '../spreadsheet/layout.js';
import { columnPathOf, sheetIdOf } from '../spreadsheet/headings.js';
import { LayoutError, recordsFromSheets, type SheetRows } from '../spreadsheet/records.js';
import { MappingMismatch, applyMapping, loadMapping, type ImportedRecord } from '../import/mapping.js';
import { cellAddress } from '../spreadsheet/address.js';
import { LIMITS, SpreadsheetError, readWorkbook, type Workbook } from '../import/workbook.js';
import { recordYaml } from '../import/write.js';
import { runLint } from './lint.js';
import { reportStop } from './failure.js';
import { UsageError, wantsColor, writeError, writeOut } from './terminal.js';

export interface ImportCommandOptions {
  mapping: string;
  out: string;
  lint?: boolean;
  color?: boolean;
}

/** A file, or a folder of CSV files (an `export --format csv`), as one workbook. */
async function readInput(input: string): Promise<Workbook> {
  const stat = statOrUndefined(input);
  if (stat?.isDirectory()) {
    const files = readdirSync(input)
      .filter((name) => /\.csv$/i.test(name))
      .sort();
    if (files.length === 0) throw new SpreadsheetError('the folder holds no .csv file');
    const sheets = [];
    for (const name of files) sheets.push(...(await readFile(join(input, name))).sheets);
    return { sheets };
  }
  return readFile(input);
}

async function readFile(file: string): Promise<Workbook> {
  const read = readBytes(file, { maxBytes: LIMITS.fileBytes });
  if (!read.ok) throw new SpreadsheetError(read.message.replace(/\.$/, ''));
  return readWorkbook(read.bytes, file);
}

const KNOWN_SHEETS = ['records', ...LIST_SHEETS];

/** privrec's own layout (an export): sheets and columns found by their titles in any language. */
function privrecRecords(workbook: Workbook): ImportedRecord[] {
  const sheets: SheetRows[] = [];
  for (const sheet of workbook.sheets) {
    const id = sheetIdOf(sheet.name, KNOWN_SHEETS) ?? sheetIdOf(sheet.name.replace(/-/g, '.'), KNOWN_SHEETS);
    if (!id) continue;
    const headings = (sheet.rows[0] ?? []).map((cell) => (cell === null || cell === undefined ? undefined : columnPathOf(String(cell))));
    const rows = sheet.rows.slice(1).flatMap((cells, index) => {
      if (!cells?.some((cell) => cell !== undefined && cell !== null && cell !== '')) return [];
      const row: Record<string, CellValue> = {};
      cells.forEach((cell, column) => {
        const path = headings[column];
        if (path && cell !== undefined) row[path] = cell;
      });
      return [{ row, at: cellAddress(sheet.name, index + 1, 0) }];
    });
    sheets.push({ id, rows });
  }
  return recordsFromSheets(sheets).map(({ record, at }) => {
    const [sheet, cell] = at.split('!') as [string, string];
    return { data: record, notes: [], sheet: sheet.replace(/^'|'$/g, ''), row: Number(/\d+$/.exec(cell)?.[0]), mapped: Object.keys(record).length, defaults: {} };
  });
}

/** A file name for each record: its id, else its title, else where it came from; each once. */
function idsOf(records: ImportedRecord[], fallback: string): string[] {
  const taken = new Set<string>();
  return records.map((record) => {
    const slug = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '');
    const wanted = typeof record.data.id === 'string' ? record.data.id : slug(String(record.data.title ?? '')) || `${slug(fallback) || 'record'}-${record.row ?? slug(record.sheet)}`;
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  });
}

export async function runImport(input: string, options: ImportCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const formatter = await stylish(wantsColor(options.color === false ? false : undefined, 2));
  try {
    const mapping = options.mapping === 'privrec' ? 'privrec' : loadMapping(mappingSource(options.mapping, cwd));
    const workbook = await readInput(resolve(cwd, input));
    const { records, unmapped } = mapping === 'privrec' ? { records: privrecRecords(workbook), unmapped: [] } : applyMapping(workbook, mapping);
    if (records.length === 0) throw new UsageError(`${input}: no record found (no row under the header, or no sheet with a label the mapping names).`);
    const outDir = resolve(cwd, options.out);
    const ids = idsOf(records, basename(input));
    const written: string[] = [];
    const existing: string[] = [];
    records.forEach((record, index) => {
      const data = { privrec: 1, ...record.data, id: ids[index]! };
      const target = join(outDir, `${ids[index]}.yaml`);
      const yaml = recordYaml(data, record.notes, { file: basename(input), sheet: record.sheet, ...(record.row ? { row: record.row } : {}) });
      (writeNewFile(target, yaml) ? written : existing).push(target);
    });
    const mapped = records.reduce((sum, record) => sum + record.mapped, 0);
    const review = records.reduce((sum, record) => sum + record.notes.length, 0);
    writeOut(`privrec: ${written.length} record${written.length === 1 ? '' : 's'} written to ${shownPath(outDir, cwd)}; ${mapped} cells mapped, ${review} left for review (comments in the records)\n`);
    if (unmapped.length > 0) writeOut(`privrec: columns no field of the mapping names (kept as comments): ${unmapped.join(', ')}\n`);
    if (existing.length > 0) {
      const named = existing
        .slice(0, 5)
        .map((file) => shownPath(file, cwd))
        .join(', ');
      writeError(`privrec: not overwritten, already there: ${named}${existing.length > 5 ? ` and ${existing.length - 5} more` : ''}`);
    }
    if (options.lint === false || written.length === 0) return existing.length > 0 ? 1 : 0;
    writeOut('privrec: linting what was written:\n');
    const status = await runLint(written, { color: options.color, inlineConfig: true, errorOnUnmatchedPattern: true });
    return Math.max(status, existing.length > 0 ? 1 : 0);
  } catch (error) {
    const stopped = reportStop(error, (results) => formatter(results, formatContext(cwd)), 'the mapping');
    if (stopped !== undefined) return stopped;
    if (error instanceof SpreadsheetError || error instanceof LayoutError || error instanceof MappingMismatch) {
      writeError(`privrec: ${input}: ${error.message}.`);
      return 2;
    }
    throw error;
  }
}

/** `ico` and `cnil` are built in; anything else is a mapping file, relative to the current directory. */
function mappingSource(mapping: string, cwd: string): string {
  return mapping === 'ico' || mapping === 'cnil' ? mapping : resolve(cwd, mapping);
}
