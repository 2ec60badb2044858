import { relative } from 'node:path';

/** A path as privrec shows it: relative to the working directory, as pre-commit hooks and editors expect. */
export function shownPath(file: string, cwd = process.cwd()): string {
  return relative(cwd, file) || '.';
}
