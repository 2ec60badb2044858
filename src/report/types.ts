import type { FileResult } from '../model.js';
import type { RuleMeta } from '../rules/types.js';

export interface FormatContext {
  /** Paths are shown relative to this directory. */
  cwd: string;
  /** Root of the repository (git top level or cwd), for formats that want repository-relative paths. */
  root: string;
  /** Rule metadata by id, for formats that describe rules (SARIF). */
  rules: ReadonlyMap<string, RuleMeta>;
  version: string;
  /** The text of a linted file as it was linted (stdin for --stdin), for fingerprints; absent or undefined: not available. */
  source?(filePath: string): string | undefined;
}

/** A formatter turns results into the text written to stdout or --output-file. */
export type Formatter = (results: FileResult[], context: FormatContext) => string;
