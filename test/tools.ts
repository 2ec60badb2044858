/**
 * Tests that need a tool of the machine (Chromium, pre-commit, LibreOffice, xmllint) fail when it
 * is missing, saying what to install, so that no test skips silently. PRIVREC_SKIP_TOOLS (a list
 * of commands, separated by commas or spaces) skips their tests instead, reported as skipped.
 */
import { spawnSync } from 'node:child_process';

/** Whether PRIVREC_SKIP_TOOLS asks to skip the tests that need `command`. */
export function toolSkipped(command: string): boolean {
  return (process.env.PRIVREC_SKIP_TOOLS ?? '').split(/[\s,]+/).includes(command);
}

/** Throws, naming the Debian package, when `command` is not on the PATH. */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found) throw new Error(`${command} is not installed: install Debian's ${debianPackage} (see .ci/run), or set PRIVREC_SKIP_TOOLS=${command} to skip these tests.`);
}
