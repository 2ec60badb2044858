/**
 * The register as sheets: one sheet of records, and one sheet per repeated item (controllers,
 * processors, legal bases, ...), each row keyed by the record's id, so that nothing is flattened
 * away. Columns are the items' keys as dotted paths (`contact.email`, `safeguard.type`); a list of
 * texts inside an entry is one cell, a line per text. `import --mapping privrec` reads the same
 * layout back (records.ts), so an export and an import give the records again.
 */
import type { RecordData } from '../record.js';
import { getPath } from './paths.js';

/** A cell's value as a spreadsheet holds it; dates stay YYYY-MM-DD text until a writer types them. */
export type CellValue = string | number | boolean | null;

export interface Sheet {
  /** The sheet's id: `records`, or the record key of the repeated item (`legal_basis`, `processors.sub_processors`). */
  id: string;
  /** Column paths, in order; `record` and (for nested entries) `parent` first. */
  columns: string[];
  rows: Record<string, CellValue>[];
}

/** Repeated items, each a sheet: the record's lists, and lists inside their entries. */
export const LIST_SHEETS = [
  'purposes',
  'controllers',
  'joint_controllers',
  'processors',
  'processors.sub_processors',
  'legal_basis',
  'data_subjects',
  'personal_data',
  'recipients',
  'transfers',
  'retention',
  'security',
  'dpia.risks',
] as const;

/** The column linking a row to its record, and a nested entry to the entry it belongs to. */
export const RECORD_COLUMN = 'record';
export const PARENT_COLUMN = 'parent';
/** The column of a list entry that is a text rather than a mapping (`data_subjects: [Pupils]`). */
export const VALUE_COLUMN = 'value';
/** Texts of a list inside one cell are separated by a line break. */
export const LIST_SEPARATOR = '\n';
/** An empty list, which a record writes to state that there is none (`recipients: []`). */
export const EMPTY_LIST = '[]';

/** Dates that writers store as spreadsheet dates. */
export const DATE_PATHS: ReadonlySet<string> = new Set(['updated', 'dpia.date', 'dpia.prior_consultation.date']);

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * An entry's cells: nested mappings flattened to dotted paths, lists of texts joined, lists of
 * mappings left out (they are sheets of their own), `skip` keys left out.
 */
function flatten(value: Json, prefix: string, skip: ReadonlySet<string>, cells: Record<string, CellValue>): void {
  if (!isObject(value)) {
    cells[prefix || VALUE_COLUMN] = cellOf(value);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    // A list that is a sheet of its own stays here only when empty: "there is none".
    if (skip.has(path) && !(Array.isArray(child) && child.length === 0)) continue;
    // An extension (`x-...`) keeps its shape, whatever it is, as JSON.
    if (key.startsWith('x-') && typeof child === 'object' && child !== null) cells[path] = JSON.stringify(child);
    else if (isObject(child)) flatten(child, path, skip, cells);
    else cells[path] = cellOf(child);
  }
}

function cellOf(value: Json): CellValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value) && value.length === 0) return EMPTY_LIST;
  if (Array.isArray(value)) return value.every((item) => !isObject(item) && !Array.isArray(item)) ? value.map(String).join(LIST_SEPARATOR) : JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const SUB_PROCESSORS = 'processors.sub_processors';

/** Keys of a list sheet's entries that are sheets themselves (`sub_processors` of `processors`, and of theirs). */
export function nestedSheets(sheet: string): Map<string, string> {
  if (sheet === SUB_PROCESSORS) return new Map([['sub_processors', SUB_PROCESSORS]]);
  return new Map(LIST_SHEETS.filter((other) => other.startsWith(`${sheet}.`)).map((other) => [other.slice(sheet.length + 1), other]));
}

/** Top-level keys and nested keys that are sheets of their own, left out of the records sheet. */
const RECORD_SKIP = new Set<string>(LIST_SHEETS.filter((sheet) => !sheet.startsWith('processors.')));

/** The sheets of a register: its records and each repeated item, rows in record order. */
export function registerSheets(records: readonly RecordData[]): Sheet[] {
  const sheets = new Map<string, Sheet>([['records', { id: 'records', columns: [], rows: [] }]]);
  for (const id of LIST_SHEETS) sheets.set(id, { id, columns: [], rows: [] });
  for (const record of records) {
    const cells: Record<string, CellValue> = {};
    flatten(record, '', RECORD_SKIP, cells);
    sheets.get('records')!.rows.push(cells);
    for (const id of LIST_SHEETS) if (id !== SUB_PROCESSORS) addEntries(sheets, id, getPath(record, id), record.id, null);
  }
  for (const sheet of sheets.values()) sheet.columns = columnsOf(sheet);
  return [...sheets.values()];
}

/** A list's entries as rows of its sheet; entries' own lists of entries go to theirs, with a parent reference. */
function addEntries(sheets: Map<string, Sheet>, id: string, list: Json, recordId: string, parent: string | null): void {
  if (!Array.isArray(list)) return;
  const nested = nestedSheets(id);
  list.forEach((entry, index) => {
    const position = `${parent ? `${parent}/` : ''}${index + 1}`;
    const cells: Record<string, CellValue> = { [RECORD_COLUMN]: recordId };
    if (parent !== null) cells[PARENT_COLUMN] = parent;
    flatten(entry, '', new Set(nested.keys()), cells);
    sheets.get(id)!.rows.push(cells);
    for (const [key, sheet] of nested) addEntries(sheets, sheet, isObject(entry) ? entry[key] : undefined, recordId, position);
  });
}

/** The records sheet's first columns, as a reader looks for them; `privrec` and `$schema` come last. */
const FIRST_COLUMNS = ['id', 'title', 'regime', 'language', 'updated', 'description'];
const LAST_COLUMNS = ['privrec', '$schema'];

/** Every column any row has: `record` and `parent` (or the records sheet's first columns) first, then in the order first met. */
function columnsOf(sheet: Sheet): string[] {
  const present = new Set(sheet.rows.flatMap((row) => Object.keys(row)));
  const first = sheet.id === 'records' ? FIRST_COLUMNS.filter((column) => column === 'id' || column === 'title' || present.has(column)) : [RECORD_COLUMN];
  const columns = new Set<string>(first);
  if (present.has(PARENT_COLUMN)) columns.add(PARENT_COLUMN);
  for (const row of sheet.rows) for (const key of Object.keys(row)) if (!LAST_COLUMNS.includes(key)) columns.add(key);
  for (const key of LAST_COLUMNS) if (present.has(key)) columns.add(key);
  return [...columns];
}
