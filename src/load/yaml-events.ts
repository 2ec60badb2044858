import { createRequire } from 'node:module';
import type { Event, ScalarEvent } from 'js-yaml';
import type { ParsedYaml } from './yaml.js';
import { MAX_DEPTH, TreeBuilder, setEntry } from './yaml-tree.js';

// js-yaml's CommonJS build: its ES module build parses about 4x slower on Node 20 (bench/README.md).
const jsYaml = createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml');
const { EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE } = jsYaml;

/** A collection being filled while its events stream by. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  /** Its index in the tree. */
  node: number;
  depth: number;
  flow: boolean;
  /** End offset of the last child so far. */
  end: number;
  /** The key whose value comes next (mappings). */
  key?: string;
  keyStart: number;
  keyEnd: number;
}

/** Thrown, and caught below, when the fast reader leaves a document to the reference reader. */
class Declined extends Error {}

/**
 * The fast YAML reader: js-yaml's event stream (source offsets, no node tree) turned into the
 * same data and positions as the reference reader (yaml-document.ts). It handles what records
 * are made of (one document, a mapping at the root, block and flow collections, every scalar
 * style) and declines, by returning undefined, anything else: syntax errors, duplicate keys,
 * anchors, aliases, tags, directives, complex keys, empty sequence items, several documents,
 * limits. The reference reader then reads the file again and words the problem.
 */
export function parseWithEvents(text: string): ParsedYaml | undefined {
  try {
    return readEvents(text);
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/**
 * What the two parsers read differently: a carriage return without a line feed (a line break to
 * js-yaml, as YAML 1.2 says, content to `yaml`), an indented `---` or `...` (a plain scalar, which
 * js-yaml takes for a document marker), and a byte-order mark after the start.
 */
function readDifferently(text: string): boolean {
  return /\r(?!\n)|^\ufeff?[ \t]+(?:---|\.\.\.)(?:[ \t\r\n]|$)/m.test(text) || text.indexOf('\ufeff', 1) !== -1;
}

function readEvents(text: string): ParsedYaml {
  if (readDifferently(text)) throw new Declined();
  let events: Event[];
  try {
    // Just above our own limit (js-yaml counts differently), so that js-yaml stops early on deep nesting.
    events = jsYaml.parseEvents(text, { maxDepth: MAX_DEPTH + 2 });
  } catch {
    throw new Declined();
  }
  const first = events[0];
  const last = events.length - 1;
  if (first?.type !== EVENT_ID.DOCUMENT || first.directives.length > 0 || events[1]?.type !== EVENT_ID.MAPPING) throw new Declined();

  const tree = new TreeBuilder(text);
  const stack: Frame[] = [];
  let data: Record<string, unknown> | undefined;
  /** End of the last token read: where a block indicator or a closing bracket is looked for. */
  let cursor = 0;

  /** Adds a value to the innermost collection and records it; returns its index in the tree. */
  const attach = (parent: Frame, value: unknown, start: number, end: number): number => {
    if (Array.isArray(parent.container)) {
      parent.container.push(value);
      return tree.add(parent.node, parent.container.length - 1, -1, -1, start, end);
    }
    const key = parent.key!;
    parent.key = undefined;
    setEntry(parent.container, key, value);
    return tree.add(parent.node, key, parent.keyStart, parent.keyEnd, start, end);
  };

  for (let index = 1; index < last; index++) {
    const event = events[index]!;
    const parent = stack[stack.length - 1];
    if (event.type === EVENT_ID.POP) {
      const frame = stack.pop()!;
      const end = frame.flow ? closingBracket(text, cursor, Array.isArray(frame.container) ? ']' : '}') : frame.end;
      tree.end(frame.node, end);
      cursor = end;
      if (stack.length > 0) stack[stack.length - 1]!.end = end;
      else if (index !== last - 1) throw new Declined();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.ALIAS || (!parent && data)) throw new Declined();
    if (event.anchorStart !== -1 || event.tagStart !== -1) throw new Declined();

    if (parent && parent.key === undefined && !Array.isArray(parent.container)) {
      if (event.type !== EVENT_ID.SCALAR || event.valueStart === -1) throw new Declined();
      const key = String(scalarValue(text, event));
      if (Object.hasOwn(parent.container, key)) throw new Declined();
      parent.key = key;
      parent.keyStart = scalarStart(text, event, cursor);
      parent.keyEnd = cursor = scalarEnd(text, event);
      continue;
    }

    const depth = parent ? parent.depth + 1 : 0;
    if (tree.admit(depth)) throw new Declined();
    if (event.type === EVENT_ID.SCALAR) {
      if (!parent) throw new Declined();
      if (event.valueStart === -1) {
        if (Array.isArray(parent.container)) throw new Declined();
        parent.end = parent.keyEnd;
        attach(parent, null, -1, -1);
        continue;
      }
      const start = scalarStart(text, event, cursor);
      parent.end = cursor = scalarEnd(text, event);
      attach(parent, scalarValue(text, event), start, cursor);
      continue;
    }

    const flow = event.style === COLLECTION_STYLE.FLOW;
    const sequence = event.type === EVENT_ID.SEQUENCE;
    if (flow && text[event.start] !== (sequence ? '[' : '{')) throw new Declined();
    const container: Record<string, unknown> | unknown[] = sequence ? [] : {};
    const node = parent ? attach(parent, container, event.start, event.start) : tree.add(-1, '', -1, -1, event.start, event.start);
    if (!parent) data = container as Record<string, unknown>;
    stack.push({ container, node, depth, flow, end: event.start, keyStart: -1, keyEnd: -1 });
    cursor = flow ? event.start + 1 : event.start;
  }
  if (!data || stack.length > 0) throw new Declined();
  return { data, positions: tree.positions(), problems: [] };
}

/** Where a scalar starts: its opening quote, its block indicator, or its first character. */
function scalarStart(text: string, event: ScalarEvent, cursor: number): number {
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      if (text[event.valueStart - 1] !== (event.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"')) throw new Declined();
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return blockIndicator(text, cursor, event.valueStart);
    default:
      return event.valueStart;
  }
}

/** Where a scalar ends: after its closing quote, or after its content. */
function scalarEnd(text: string, event: ScalarEvent): number {
  if (event.style !== SCALAR_STYLE.SINGLE_QUOTED && event.style !== SCALAR_STYLE.DOUBLE_QUOTED) return event.valueEnd;
  if (text[event.valueEnd] !== text[event.valueStart - 1]) throw new Declined();
  return event.valueEnd + 1;
}

function scalarValue(text: string, event: ScalarEvent): unknown {
  const source = jsYaml.getScalarValue(text, event);
  return event.style === SCALAR_STYLE.PLAIN ? resolvePlain(source) : source;
}

/** The `|` or `>` that starts a block scalar: the first one after the previous token, outside comments. */
function blockIndicator(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '|' || c === '>') return i;
    if (c === '#') i = skipComment(text, i);
    else if (!SEPARATORS.has(c!)) break;
  }
  throw new Declined();
}

/** The offset after the bracket that closes a flow collection whose last token ends at `from`. */
function closingBracket(text: string, from: number, bracket: ']' | '}'): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === bracket) return i + 1;
    if (c === '#') i = skipComment(text, i);
    else if (!SEPARATORS.has(c!)) break;
  }
  throw new Declined();
}

/** What may stand between two tokens: white space, line breaks and indicators of structure. */
const SEPARATORS = new Set([' ', '\t', '\n', '\r', '-', ':', '?', ',']);

function skipComment(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/** The characters a null, a boolean or a number can start with: most plain scalars are words. */
const TYPED_FIRST_CHARACTERS = '~nNtTfF0123456789+-.';

/** A plain scalar resolved by the YAML 1.2 core schema, as `yaml` resolves it (dates stay strings). */
function resolvePlain(source: string): unknown {
  if (source !== '' && !TYPED_FIRST_CHARACTERS.includes(source[0]!)) return source;
  if (source === '' || /^(?:~|[Nn]ull|NULL)$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (/nan$/i.test(source)) return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return parseFloat(source);
  return source;
}
