import type { DataPath, SourceRange } from '../model.js';
import { LineIndex, START_OF_FILE } from './lines.js';

/** The data path of a JSON Pointer (RFC 6901), the form ajv reports as instancePath. */
export function pathOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface Locator {
  locate(path: DataPath, prefer?: 'key' | 'value'): SourceRange;
}

/**
 * The nodes of a document in document order: each one's key (a string in a mapping, an index in
 * a sequence, '' for the root), its parent-child links, and its offsets in the source, end
 * exclusive: key start and end (-1 when it has no key), value start and end.
 */
export class NodeTable {
  readonly keys: (string | number)[] = [];
  readonly spans: number[] = [];
  private readonly firstChild: number[] = [];
  private readonly lastChild: number[] = [];
  private readonly nextSibling: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** Adds a node as the last child of `parent` (-1 for the root); returns its index. */
  add(parent: number, key: string | number, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): number {
    const node = this.keys.length;
    this.keys.push(key);
    this.spans.push(keyStart, keyEnd, valueStart, valueEnd);
    this.firstChild.push(-1);
    this.lastChild.push(-1);
    this.nextSibling.push(-1);
    if (parent !== -1) {
      if (this.lastChild[parent] === -1) this.firstChild[parent] = node;
      else this.nextSibling[this.lastChild[parent]!] = node;
      this.lastChild[parent] = node;
    }
    return node;
  }

  /** The last child of `node`, or -1. */
  lastChildOf(node: number): number {
    return this.lastChild[node]!;
  }

  /** The first child of `node` with this key, or -1. */
  child(node: number, key: string | number): number {
    for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
      const own = this.keys[child]!;
      if (own === key || String(own) === String(key)) return child;
    }
    return -1;
  }
}

/**
 * Source positions of every node of a document. Offsets are turned into lines and columns only
 * when a node is reported: most never are.
 */
export class PositionIndex implements Locator {
  private lines?: LineIndex;

  constructor(
    private readonly text: string,
    private readonly nodes: NodeTable,
  ) {}

  /** The source offsets of the value at `path` (end exclusive), or undefined when the path is not in the file. */
  valueSpan(path: DataPath): [number, number] | undefined {
    if (this.nodes.size === 0) return undefined;
    let node = 0;
    for (const segment of path) {
      node = this.nodes.child(node, segment);
      if (node === -1) return undefined;
    }
    const start = this.nodes.spans[node * 4 + 2]!;
    const end = this.nodes.spans[node * 4 + 3]!;
    return start === -1 ? undefined : [start, end];
  }

  /**
   * Where to report something about the node at `path`: its key when it has one
   * (`prefer: 'key'`) or its value. A path that is not in the file (a missing key)
   * falls back to the nearest ancestor's key.
   */
  locate(path: DataPath, prefer: 'key' | 'value' = 'value'): SourceRange {
    if (this.nodes.size === 0) return START_OF_FILE;
    let node = 0;
    let exact = true;
    for (const segment of path) {
      const child = this.nodes.child(node, segment);
      if (child === -1) {
        exact = false;
        break;
      }
      node = child;
    }
    const [keyStart, keyEnd, valueStart, valueEnd] = this.nodes.spans.slice(node * 4, node * 4 + 4) as [number, number, number, number];
    this.lines ??= new LineIndex(this.text);
    if (exact && prefer === 'value') return this.lines.range(valueStart, valueEnd);
    if (keyStart !== -1) return this.lines.range(keyStart, keyEnd);
    // Sequence items and the root have no key: point at where they start rather than spanning them.
    return this.lines.range(valueStart, valueStart);
  }
}
