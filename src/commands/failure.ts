/** How the commands that read a config and write files report what stops them: a message, exit 2. */
import { ConfigError } from '../config.js';
import type { FileResult } from '../model.js';
import { OutputError } from '../output.js';
import { writeError } from './terminal.js';

/**
 * Reports a configuration (or mapping) that cannot be used, with its findings, or a file that
 * cannot be written, and returns exit code 2; undefined for any other error, which the caller
 * handles or throws on.
 */
export function reportStop(error: unknown, report: (results: FileResult[]) => string, what = 'the configuration'): number | undefined {
  if (error instanceof ConfigError) {
    writeError(`privrec: ${what} cannot be used:${report([{ filePath: error.file, findings: error.findings }])}`);
    return 2;
  }
  if (error instanceof OutputError) {
    writeError(`privrec: ${error.message}.`);
    return 2;
  }
  return undefined;
}
