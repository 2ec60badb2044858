import type { SourceRange } from '../model.js';
import { LineIndex } from './lines.js';
import { NodeTable, PositionIndex } from './positions.js';

/** Nodes a document may expand to (through aliases, mostly) before it is refused as an alias bomb. */
export const MAX_NODES = 100_000;
/** Nesting deeper than any record needs; beyond it the file is rejected, not recursed into. */
export const MAX_DEPTH = 64;

/**
 * What both YAML readers (yaml-reader.ts, the fast one, and yaml-document.ts, the reference)
 * share to record positions and build data, so that their results are equal by construction
 * where they agree on the syntax:
 *
 * - nodes are recorded in document order, a collection before its children;
 * - a node's span runs from its first character (quote, bracket, block indicator, first key or
 *   dash) to the end of its content, trailing white space and comments excluded: a flow
 *   collection ends with its bracket, a block collection with its last child;
 * - an empty mapping value sits at the end of its key;
 * - mapping keys become own properties, even `__proto__`.
 */
export class TreeBuilder {
  private nodes = new NodeTable();
  private budget = MAX_NODES;
  private lines?: LineIndex;

  constructor(private readonly text: string) {}

  /**
   * Records a node below `parent` (-1 for the root) and returns its index. keyStart -1: it has
   * no key; valueStart -1: its value is empty.
   */
  add(parent: number, key: string | number, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): number {
    const keyStop = this.trimEnd(keyStart, keyEnd);
    if (valueStart === -1) return this.nodes.add(parent, key, keyStart, keyStop, keyStop, keyStop);
    return this.nodes.add(parent, key, keyStart, keyStop, valueStart, this.trimEnd(valueStart, valueEnd));
  }

  /** Sets where a collection ends, once its last child is read. */
  end(node: number, valueEnd: number): void {
    const at = node * 4 + 3;
    this.nodes.spans[at] = this.trimEnd(this.nodes.spans[at - 1]!, valueEnd);
  }

  /** Ends a block collection where its last child ends (an empty value: at its key). */
  endAtLastChild(node: number): void {
    const last = this.nodes.lastChildOf(node);
    if (last !== -1) this.end(node, this.nodes.spans[last * 4 + 3]!);
  }

  /** Forgets every node: the document was refused. */
  clear(): void {
    this.nodes = new NodeTable();
  }

  positions(): PositionIndex {
    return new PositionIndex(this.text, this.nodes);
  }

  /** Line and column of a problem's offsets, as the parser gave them (kept inside the text). */
  range(start: number, end: number): SourceRange {
    this.lines ??= new LineIndex(this.text);
    const limit = this.text.length;
    return this.lines.range(Math.min(start, limit), Math.min(end, limit));
  }

  /** Counts one value node at `depth` (the root is 0): what limit it breaks, if any. */
  admit(depth: number): 'nodes' | 'depth' | undefined {
    if (--this.budget < 0) return 'nodes';
    if (depth > MAX_DEPTH) return 'depth';
    return undefined;
  }

  private trimEnd(start: number, end: number): number {
    while (end > start && isWhite(this.text.charCodeAt(end - 1))) end--;
    return end;
  }
}

/** Sets a mapping entry as an own property: assigning `__proto__` would set the prototype instead. */
export function setEntry(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
