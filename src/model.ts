/** Core data model shared by loading, validation, rules and reporting. */

export type { Regime } from './law/index.js';
import type { Regime } from './law/index.js';
export type Severity = 'error' | 'warning';

/** 1-based line and column, end exclusive, as ESLint reports them. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path into a record's data, e.g. ['transfers', 0, 'country']. */
export type DataPath = readonly (string | number)[];

/** A certain fix, as ESLint's: replace the source text between two offsets (end exclusive) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: Fix;
  /** For a record under several regimes: the regimes whose law gives this finding, where not all of them do. */
  regimes?: Regime[];
}

export interface FileResult {
  /** Absolute path of the linted file (or the --stdin-filename). */
  filePath: string;
  findings: Finding[];
}
