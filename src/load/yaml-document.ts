import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import { START_OF_FILE } from './lines.js';
import type { ParsedYaml, ParseProblem } from './yaml.js';
import { MAX_DEPTH, MAX_NODES, TreeBuilder, setEntry } from './yaml-tree.js';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/** `yaml` costs ~25 ms to load: only files the fast reader declines pay for it. */
function yaml(): YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yamlModule;
}

class DocumentTooLarge extends Error {
  constructor(readonly limit: 'nodes' | 'depth') {
    super(limit);
  }
}

/**
 * The reference reader, on `yaml`'s Document API: YAML 1.2 core schema, every problem found
 * (syntax errors, duplicate keys, documents that are not one mapping, alias bombs, nesting)
 * worded for the user. Slower than yaml-reader.ts, which defers to it for anything unusual.
 */
export function parseWithDocument(text: string): ParsedYaml {
  const { isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit } = yaml();
  const tree = new TreeBuilder(text);
  const problems: ParseProblem[] = [];
  const empty = (data: unknown = null): ParsedYaml => ({ data, positions: tree.positions(), problems });

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
      range: tree.range(second[0], second[0]),
    });
  }
  for (const error of document.errors) {
    if (error.message.includes('Maximum call stack')) {
      problems.push({ ruleId: 'syntax', message: tooComplex(new RangeError()), range: START_OF_FILE });
      break;
    }
    if (error.code === 'DUPLICATE_KEY') {
      const key = text
        .slice(error.pos[0])
        .split(/:\s|:$|\n/m, 1)[0]!
        .trim();
      problems.push({ ruleId: 'duplicate-key', message: duplicateKeyMessage(key), range: tree.range(error.pos[0], error.pos[0] + key.length) });
      continue;
    }
    // One mistake often yields several parser errors; like ESLint, report the first only.
    if (problems.some((p) => p.ruleId === 'syntax')) continue;
    const [start, end] = syntaxErrorSpan(text, error.message, error.pos);
    problems.push({ ruleId: 'syntax', message: syntaxMessage(error.message), range: tree.range(start, end) });
  }
  const unreadable = problems.some((p) => p.ruleId === 'syntax');
  for (const warning of document.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED' || unreadable) continue;
    const tag = text.slice(warning.pos[0], warning.pos[1]).trim() || warning.message.replace(/^Unresolved tag: /, '');
    problems.push({
      ruleId: 'syntax',
      message: `Unknown tag \`${tag}\`: a record holds plain YAML (text, numbers, lists, mappings). Remove the tag.`,
      range: tree.range(warning.pos[0], warning.pos[1]),
    });
  }
  if (problems.some((p) => p.ruleId === 'syntax')) return empty();

  // What each alias stands for: the node most recently anchored under its name before it, found in
  // one walk. (`Alias.resolve` walks the document again for every alias: quadratic in their number.)
  const anchored = new Map<string, Node>();
  const aliasTargets = new Map<Node, Node | undefined>();
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) aliasTargets.set(node, anchored.get(node.source));
      else if (node.anchor) anchored.set(node.anchor, node);
    },
  });
  for (const [alias, target] of aliasTargets) {
    if (target || !isAlias(alias)) continue;
    const [start, end] = alias.range ?? [0, 0];
    problems.push({
      ruleId: 'syntax',
      message: `The alias \`*${alias.source}\` refers to no anchor \`&${alias.source}\` before it: write the value, or define the anchor first.`,
      range: tree.range(start, end),
    });
  }
  if (problems.some((p) => p.ruleId === 'syntax')) return empty();

  const isEmpty = (node: Node | null): boolean => node === null || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);

  /**
   * Converts the node recorded as `at` (its index in the tree); `span` is where a missing node
   * falls back to. Through an alias, `at` spans the alias, not the anchored node it stands for.
   */
  const convert = (node: Node | null, at: number, depth: number, span: [number, number], aliased = false): unknown => {
    const limit = tree.admit(depth);
    if (limit) throw new DocumentTooLarge(limit);
    if (node === null) return null;
    if (isAlias(node)) {
      const target = aliasTargets.get(node);
      return target ? convert(target, at, depth + 1, span, true) : null;
    }
    if (isScalar(node)) {
      const value = node.value;
      return typeof value === 'bigint' ? Number(value) : value;
    }
    if (isSeq(node)) {
      const items = node.items.map((item, index) => {
        const itemNode = item as Node | null;
        const [start, end] = itemNode?.range ?? span;
        const child = tree.add(at, index, -1, -1, start, end);
        return convert(itemNode, child, depth + 1, [start, end]);
      });
      if (!node.flow && !aliased) tree.endAtLastChild(at);
      return items;
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        // A collection as a key (rare, never in a record) is recorded apart from the tree, under no parent.
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(convert(keyNode, tree.add(-1, '', -1, -1, ...span), depth + 1, span));
        const [keyStart, keyEnd] = keyNode?.range ?? span;
        const valueNode = pair.value as Node | null;
        const [valueStart, valueEnd] = isEmpty(valueNode) ? [-1, -1] : valueNode!.range!;
        const child = tree.add(at, key, keyStart, keyEnd, valueStart, valueEnd);
        setEntry(object, key, convert(valueNode, child, depth + 1, [keyStart, keyEnd]));
      }
      if (!node.flow && !aliased) tree.endAtLastChild(at);
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
    const [start, end] = root.range!;
    const data = convert(root, tree.add(-1, '', -1, -1, start, end), 0, [start, end]);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        ruleId: 'document',
        message: `The file holds ${describe(data)}, not a mapping: a record is a YAML mapping of its keys (privrec, id, title, ...).`,
        range: tree.positions().locate([]),
      });
    }
    return { data, positions: tree.positions(), problems };
  } catch (error) {
    if (!(error instanceof DocumentTooLarge) && !(error instanceof RangeError)) throw error;
    tree.clear();
    const message =
      error instanceof DocumentTooLarge && error.limit === 'nodes'
        ? `The document has more than ${MAX_NODES.toLocaleString('en')} nodes (counting what its aliases expand to): refused as a possible alias bomb.`
        : `The document nests deeper than ${MAX_DEPTH} levels: no record needs that.`;
    problems.push({ ruleId: 'syntax', message, range: START_OF_FILE });
    return empty();
  }
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
