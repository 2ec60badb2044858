import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { NodePosition, SourceRange } from '../model.js';
import { LineIndex, START_OF_FILE } from './lines.js';
import { PositionIndex, pointerOf } from './positions.js';

export interface ParseProblem {
  ruleId: 'syntax' | 'duplicate-key' | 'document';
  message: string;
  range: SourceRange;
}

export interface ParsedYaml {
  /** Plain data: strings, numbers, booleans, null, arrays and objects. Dates stay strings. */
  data: unknown;
  positions: PositionIndex;
  problems: ParseProblem[];
}

/** Nodes a document may expand to through aliases before it is treated as an alias bomb. */
const MAX_NODES = 100_000;
/** Nesting deeper than any record needs; beyond it the file is rejected, not recursed into. */
const MAX_DEPTH = 64;

class DocumentTooLarge extends Error {}

/**
 * Parses YAML 1.2 (core schema, so `2023-03-20` stays a string) into plain data and a
 * position index. Never throws: every problem becomes a ParseProblem.
 */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const nodes = new Map<string, NodePosition>();
  const problems: ParseProblem[] = [];
  const empty = (data: unknown = null): ParsedYaml => ({ data, positions: new PositionIndex(nodes), problems });

  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true }) as Document.Parsed[];
  } catch (error) {
    problems.push({ ruleId: 'syntax', message: tooComplex(error), range: START_OF_FILE });
    return empty();
  }
  if (!Array.isArray(documents)) documents = [documents];
  if (documents.length === 0) {
    problems.push({ ruleId: 'document', message: 'The file is empty: a record is a YAML mapping of its keys.', range: START_OF_FILE });
    return empty();
  }
  const [document] = documents as [Document.Parsed, ...Document.Parsed[]];
  if (documents.length > 1) {
    const second = documents[1]!.range;
    problems.push({
      ruleId: 'document',
      message: `The file holds ${documents.length} YAML documents: keep one record per file.`,
      range: lines.range(second[0], second[0]),
    });
  }
  for (const error of document.errors) {
    if (error.message.includes('Maximum call stack')) {
      problems.push({ ruleId: 'syntax', message: tooComplex(new RangeError()), range: START_OF_FILE });
      break;
    }
    if (error.code === 'DUPLICATE_KEY') {
      const key = text.slice(error.pos[0]).split(/:\s|:$|\n/m, 1)[0]!.trim();
      problems.push({ ruleId: 'duplicate-key', message: duplicateKeyMessage(key), range: lines.range(error.pos[0], error.pos[0] + key.length) });
      continue;
    }
    // One mistake often yields several parser errors; like ESLint, report the first only.
    if (problems.some((p) => p.ruleId === 'syntax')) continue;
    const [start, end] = syntaxErrorSpan(text, error.message, error.pos);
    problems.push({ ruleId: 'syntax', message: syntaxMessage(error.message), range: lines.range(start, end) });
  }
  if (problems.some((p) => p.ruleId === 'syntax')) return empty();

  let budget = MAX_NODES;
  const range = (node: Node): SourceRange => {
    const [start, , end] = node.range ?? [0, 0, 0];
    return lines.range(start, trimEnd(text, start, end));
  };

  const convert = (node: Node | null, pointer: string, depth: number, at: SourceRange): unknown => {
    if (--budget < 0) throw new DocumentTooLarge();
    if (depth > MAX_DEPTH) throw new DocumentTooLarge('nesting');
    if (node === null) return null;
    if (isAlias(node)) {
      const target = node.resolve(document);
      return target ? convert(target as Node, pointer, depth + 1, at) : null;
    }
    if (isScalar(node)) {
      const value = node.value;
      return typeof value === 'bigint' ? Number(value) : value;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const child = `${pointer}/${index}`;
        const itemNode = item as Node | null;
        const itemRange = itemNode ? range(itemNode) : at;
        if (!nodes.has(child)) nodes.set(child, { value: itemRange });
        return convert(itemNode, child, depth + 1, itemRange);
      });
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(convert(keyNode, pointer, depth + 1, at));
        const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const keyRange = keyNode ? range(keyNode) : at;
        const valueNode = pair.value as Node | null;
        if (!nodes.has(child)) {
          nodes.set(child, { key: keyRange, value: valueNode ? range(valueNode) : { ...keyRange, line: keyRange.endLine, column: keyRange.endColumn } });
        }
        // defineProperty keeps `__proto__` and `constructor` as plain own keys: no prototype pollution.
        Object.defineProperty(object, key, {
          value: convert(valueNode, child, depth + 1, keyRange),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    return null;
  };

  try {
    const root = document.contents as Node | null;
    if (root === null) {
      problems.push({ ruleId: 'document', message: 'The file has no content: a record is a YAML mapping of its keys.', range: START_OF_FILE });
      return empty();
    }
    nodes.set(pointerOf([]), { value: range(root) });
    const data = convert(root, '', 0, range(root));
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        ruleId: 'document',
        message: `The file holds ${describe(data)}, not a mapping: a record is a YAML mapping of its keys (privrec, id, title, ...).`,
        range: range(root),
      });
    }
    return { data, positions: new PositionIndex(nodes), problems };
  } catch (error) {
    if (!(error instanceof DocumentTooLarge) && !(error instanceof RangeError)) throw error;
    nodes.clear();
    const message =
      error instanceof DocumentTooLarge && error.message !== 'nesting'
        ? `The document expands to more than ${MAX_NODES.toLocaleString('en')} nodes (through aliases): refused as a possible alias bomb.`
        : `The document nests deeper than ${MAX_DEPTH} levels: no record needs that.`;
    problems.push({ ruleId: 'syntax', message, range: START_OF_FILE });
    return empty();
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function describe(data: unknown): string {
  if (Array.isArray(data)) return 'a list';
  if (data === null) return 'an empty value';
  return `a single ${typeof data} value`;
}

/** An unclosed quote is reported by the parser where the file ends; point at the opening quote instead. */
function syntaxErrorSpan(text: string, message: string, [start, end]: [number, number]): [number, number] {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    const opening = text.lastIndexOf(quote, Math.min(start, text.length) - 1);
    if (opening !== -1) return [opening, opening + 1];
  }
  return [start, end];
}

function duplicateKeyMessage(key: string): string {
  return `Duplicate key \`${key}\`: YAML keeps only one of them, so the other's content would be lost.`;
}

function syntaxMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax error: ${first}`;
}

function tooComplex(error: unknown): string {
  if (error instanceof RangeError) return `The document nests deeper than the parser can follow: no record needs that.`;
  return `YAML could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
