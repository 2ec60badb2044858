/**
 * The records again from the sheets of layout.ts (`import --mapping privrec`): each row of the
 * records sheet is a record, each row of a list sheet an entry of its record's list, placed by the
 * `record` column (and `parent` for sub-processors). The record schema says which cells hold a
 * list of texts (split on line breaks) and which a number or a yes/no.
 */
import { createRequire } from 'node:module';
import { listAt, setPath } from './paths.js';
import { EMPTY_LIST, LIST_SEPARATOR, LIST_SHEETS, PARENT_COLUMN, RECORD_COLUMN, VALUE_COLUMN, nestedSheets, type CellValue } from './layout.js';

type Json = unknown;
type Mapping = Record<string, Json>;

interface SchemaNode {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  then?: SchemaNode;
  else?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

const SCHEMA = createRequire(import.meta.url)('../../schemas/record.schema.json') as SchemaNode & { $defs: Record<string, SchemaNode> };

/** A node and every node it stands for: its $ref (beside its own keywords, as 2020-12 allows), its alternatives (conditional ones too), its parts. */
function expand(node: SchemaNode | undefined): SchemaNode[] {
  if (!node) return [];
  const nodes = [node];
  if (node.$ref) nodes.push(...expand(SCHEMA.$defs[node.$ref.split('/').pop()!]));
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? []), ...(node.then ? [node.then] : []), ...(node.else ? [node.else] : [])]) nodes.push(...expand(branch));
  return nodes;
}

/** The schema nodes a value at `path` (dotted, list indices left out) may match. */
function nodesAt(path: string): SchemaNode[] {
  let nodes = expand(SCHEMA);
  for (const key of path.split('.')) {
    const containers = nodes.flatMap((node) => [node, ...expand(node.items)]);
    nodes = containers.flatMap((node) => expand(node.properties?.[key]));
  }
  return nodes;
}

/** Whether the record schema makes the value at `path` a list (purposes, security, ...). */
export function isListAt(path: string): boolean {
  return nodesAt(path).some((node) => node.type === 'array');
}

/** A cell as the record holds it: a list of texts, a number, a yes/no, or the text. */
export function valueFor(path: string, cell: CellValue): Json {
  if (cell === null || cell === '') return undefined;
  if (cell === EMPTY_LIST) return [];
  const nodes = nodesAt(path);
  const types = new Set(nodes.flatMap((node) => (Array.isArray(node.type) ? node.type : node.type ? [node.type] : node.items ? ['array'] : [])));
  if (typeof cell === 'string') {
    const text = cell;
    // An extension (`x-...`) the schema does not describe: a list or mapping was written as JSON.
    if (nodes.length === 0 && /^[[{]/.test(text)) {
      try {
        return JSON.parse(text) as Json;
      } catch {
        return text;
      }
    }
    if (types.has('array') && (!types.has('string') || text.includes(LIST_SEPARATOR)))
      return text
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    if ((types.has('integer') || types.has('number')) && !types.has('string') && /^-?\d+(?:\.\d+)?$/.test(text.trim())) return Number(text);
    if (types.has('boolean') && !types.has('string') && /^(?:true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === 'true';
    return text;
  }
  if (typeof cell === 'number' && types.has('string') && !types.has('number') && !types.has('integer')) return String(cell);
  return cell;
}

/** An entry from its row: the texts of `value`, or a mapping of its dotted columns. */
function entryOf(sheet: string, row: Record<string, CellValue>): Json {
  const columns = Object.keys(row).filter((column) => column !== RECORD_COLUMN && column !== PARENT_COLUMN && row[column] !== null && row[column] !== '');
  // A text entry (`purposes`, `data_subjects: [Pupils]`) is the text itself.
  if (columns.length === 1 && columns[0] === VALUE_COLUMN) return row[VALUE_COLUMN] === null ? undefined : String(row[VALUE_COLUMN]);
  const entry: Mapping = {};
  for (const column of columns) {
    const value = valueFor(`${sheet}.${column}`, row[column]!);
    if (value !== undefined) setPath(entry, column, value);
  }
  return entry;
}

export interface SheetRows {
  id: string;
  rows: { row: Record<string, CellValue>; at: string }[];
}

export class LayoutError extends Error {
  constructor(
    readonly at: string,
    message: string,
  ) {
    super(`${at}: ${message}`);
  }
}

/** The records of a workbook in privrec's layout; `at` names a row (`records!3`) in errors. */
export function recordsFromSheets(sheets: readonly SheetRows[]): { record: Mapping; at: string }[] {
  const byId = new Map<string, { record: Mapping; at: string }>();
  const recordsSheet = sheets.find((sheet) => sheet.id === 'records');
  if (!recordsSheet) throw new LayoutError('workbook', 'no sheet of records (a sheet whose columns include `id`)');
  for (const { row, at } of recordsSheet.rows) {
    const record: Mapping = {};
    for (const [column, cell] of Object.entries(row)) {
      const value = valueFor(column, cell);
      if (value !== undefined) setPath(record, column, value);
    }
    const id = record.id;
    if (typeof id !== 'string' || id === '') throw new LayoutError(at, 'the record has no `id`');
    if (byId.has(id)) throw new LayoutError(at, `the id \`${id}\` is also the id of ${byId.get(id)!.at}`);
    byId.set(id, { record, at });
  }
  const positions = new Map<string, Mapping>();
  for (const id of LIST_SHEETS) {
    const sheet = sheets.find((candidate) => candidate.id === id);
    for (const { row, at } of sheet?.rows ?? []) {
      const recordId = row[RECORD_COLUMN];
      const owner = typeof recordId === 'string' ? byId.get(recordId)?.record : undefined;
      if (!owner) throw new LayoutError(at, `\`${RECORD_COLUMN}\` names no record of the records sheet (${JSON.stringify(recordId)})`);
      const parent = row[PARENT_COLUMN];
      const [container, key] = parent === undefined || parent === null ? [owner, id] : [positions.get(`${recordId}#${String(parent)}`), id.split('.').pop()!];
      if (!container) throw new LayoutError(at, `\`${PARENT_COLUMN}\` ${String(parent)} names no entry of ${id.split('.')[0]}`);
      const list = listAt(container, parent === undefined || parent === null ? id : key);
      const entry = entryOf(id, row);
      list.push(entry);
      if (nestedSheets(id).size > 0 && typeof entry === 'object' && entry !== null) {
        positions.set(`${recordId}#${parent === undefined || parent === null ? '' : `${String(parent)}/`}${list.length}`, entry as Mapping);
      }
    }
  }
  return [...byId.values()];
}
