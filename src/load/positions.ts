import type { DataPath, NodePosition, SourceRange } from '../model.js';
import { START_OF_FILE } from './lines.js';

/** JSON Pointer (RFC 6901) of a data path, the form ajv reports as instancePath. */
export function pointerOf(path: DataPath): string {
  let pointer = '';
  for (const segment of path) pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  return pointer;
}

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

/** Source positions of every node of a document, by JSON Pointer. */
export class PositionIndex implements Locator {
  constructor(private readonly nodes: Map<string, NodePosition>) {}

  get(pointer: string): NodePosition | undefined {
    return this.nodes.get(pointer);
  }

  /**
   * Where to report something about the node at `path`: its key when it has one
   * (`prefer: 'key'`) or its value. A path that is not in the file (a missing key)
   * falls back to the nearest ancestor's key.
   */
  locate(path: DataPath, prefer: 'key' | 'value' = 'value'): SourceRange {
    let pointer = pointerOf(path);
    let exact = true;
    for (;;) {
      const node = this.nodes.get(pointer);
      if (node) {
        if (exact && prefer === 'value') return node.value;
        if (node.key) return node.key;
        // The root has no key: point at where it starts rather than spanning the whole file.
        return { line: node.value.line, column: node.value.column, endLine: node.value.line, endColumn: node.value.column };
      }
      if (pointer === '') return START_OF_FILE;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
      exact = false;
    }
  }
}
