import type { SourceRange } from '../model.js';

/** Maps character offsets to 1-based line and column. Lines are found only as far as offsets are asked for: most records are asked about their first lines. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Where the search for the next line break goes on; -1 once the text is searched to its end. */
  private searchFrom = 0;

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    while (this.searchFrom !== -1 && this.starts[this.starts.length - 1]! <= offset) {
      const lineBreak = this.text.indexOf('\n', this.searchFrom);
      if (lineBreak === -1) this.searchFrom = -1;
      else {
        this.starts.push(lineBreak + 1);
        this.searchFrom = lineBreak + 1;
      }
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(Math.max(end, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

export const START_OF_FILE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };
