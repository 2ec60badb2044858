/** Everything privrec writes goes through here: pages, reports (-o), the cache. */
import { appendFileSync, linkSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError, readBytes, statOrUndefined } from './load/source.js';

export interface OutputFile {
  /** File name inside the output directory (never a path). */
  name: string;
  /** Text (written as UTF-8) or bytes (a document). */
  content: string | Uint8Array;
}

/** A file that cannot be written: privrec exits 2 and names it. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`cannot write ${file}: ${reason}`);
  }
}

/** What privrec reads as input and never writes onto: records and configs (YAML), templates. */
const INPUT_FILE = /\.(?:ya?ml|hbs|handlebars)$/i;

/**
 * Why privrec may not write `target`, or undefined. It never writes onto what it reads as input
 * (a YAML file, which may be a record or a config; a template; any of `inputs`), directly or
 * through a link. Anything else is replaced by a rename, never written through: a link or a FIFO
 * at the target is replaced, not followed.
 */
export function refusalToWrite(target: string, inputs: ReadonlySet<string> = new Set()): string | undefined {
  const path = resolve(target);
  const entry = statOrUndefined(path, { followLinks: false });
  if (entry?.isDirectory()) return 'it is a directory';
  const real = (entry && realpathOrUndefined(path)) ?? path;
  const through = real === path ? '' : ` (through a link to ${real})`;
  if (INPUT_FILE.test(path) || INPUT_FILE.test(real)) return `it is ${entry ? '' : 'named as '}a YAML file or a template${through}, which privrec reads as input and never overwrites`;
  if (inputs.has(path) || inputs.has(real)) return `it is one of the files being linted${through}`;
  return undefined;
}

/** Throws the OutputError of refusalToWrite, if it refuses. */
function refuseToWrite(target: string, inputs?: ReadonlySet<string>): void {
  const refusal = refusalToWrite(target, inputs);
  if (refusal) throw new OutputError(target, refusal);
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Replaces a record with its fixed text (`lint --fix`, the only write to an input): atomically,
 * keeping the file's mode. `file` is the real path, not a link to it.
 */
export function replaceRecordAtomically(file: string, content: string): void {
  writeThenRename(file, content, statOrUndefined(file)?.mode);
}

/**
 * Writes one file atomically (a temporary file beside it, renamed over it), after the guard.
 * Throws an OutputError naming the file when it may not or cannot be written.
 */
export function writeFileAtomically(target: string, content: string, inputs?: ReadonlySet<string>): void {
  refuseToWrite(target, inputs);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw new OutputError(target, describeFsError(error));
  }
  writeThenRename(target, content);
}

/**
 * Appends to a file of privrec's own that its reader checks line by line (the cache's journal),
 * after the same guard: a line an interrupted append cuts short is dropped by the reader.
 */
export function appendToFile(target: string, content: string, inputs?: ReadonlySet<string>): void {
  refuseToWrite(target, inputs);
  try {
    appendFileSync(target, content);
  } catch (error) {
    throw new OutputError(target, describeFsError(error));
  }
}

/**
 * Writes a file that must not exist yet (a new record, which may be YAML: nothing is replaced):
 * written beside it, then linked into place, which fails rather than replacing if a file or link
 * of that name appeared meanwhile. Returns false when one exists.
 */
export function writeNewFile(target: string, content: string): boolean {
  if (statOrUndefined(target, { followLinks: false }) !== undefined) return false;
  const temporary = temporaryFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, content, { flag: 'wx' });
    linkSync(temporary, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new OutputError(target, describeFsError(error));
  } finally {
    rmSync(temporary, { force: true });
  }
  return true;
}

/** The temporary file a write to `target` goes through first, beside it: a rename within one directory is atomic. */
let temporaries = 0;

/**
 * A name no other writer uses: this process's id, a counter and a random part (created with `wx`,
 * so that a file or link put there first makes the write fail rather than be followed). Not from
 * node:crypto, which would load it on every run of `privrec lint`.
 */
function temporaryFor(target: string): string {
  temporaries += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${temporaries}-${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** Writes `content` to a temporary file beside `target` and renames it over `target`; nothing is left behind on failure. */
function writeThenRename(target: string, content: string, mode?: number): void {
  const temporary = temporaryFor(target);
  try {
    writeFileSync(temporary, content, { flag: 'wx', mode });
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw new OutputError(target, describeFsError(error));
  }
}

/** Removes a temporary file that may not exist, or whose directory could not be made. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there.
  }
}

/**
 * Writes every file or none: each goes to a temporary file in the output directory first, and
 * only when all of them are written are they renamed over their targets (a rename within one
 * directory is atomic, so a reader never sees half a file). Targets are checked first, so that
 * a rename does not fail half-way. A file whose content is unchanged is left alone, keeping its
 * modification time for static-site builds. Returns the names of the files written. Synchronous:
 * a thousand pages took 0.8 s of waiting on the promise API's thread pool.
 */
export function writeAtomically(dir: string, files: readonly OutputFile[]): string[] {
  const attempt = <T>(file: string, action: () => T): T => {
    try {
      return action();
    } catch (error) {
      throw new OutputError(file, describeFsError(error));
    }
  };
  attempt(dir, () => mkdirSync(dir, { recursive: true }));
  const changed: OutputFile[] = [];
  for (const file of files) {
    const target = join(dir, file.name);
    refuseToWrite(target);
    // Only a regular file is read (readBytes): a FIFO named like a page would block the read.
    const wanted = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    const current = readBytes(target, { maxBytes: wanted.byteLength });
    if (current.ok && current.bytes.equals(wanted)) continue;
    changed.push(file);
  }
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of changed) {
      const target = join(dir, file.name);
      const temporary = temporaryFor(target);
      staged.push({ temporary, target });
      attempt(temporary, () => writeFileSync(temporary, file.content, { flag: 'wx' }));
    }
    while (staged.length > 0) {
      const { temporary, target } = staged[0]!;
      attempt(target, () => renameSync(temporary, target));
      staged.shift();
    }
  } finally {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
  }
  return changed.map((file) => file.name);
}
