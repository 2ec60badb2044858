import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from '../load/source.js';

export interface OutputFile {
  /** File name inside the output directory (never a path). */
  name: string;
  content: string;
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

/**
 * Writes every file or none: each goes to a temporary file in the output directory first, and
 * only when all of them are written are they renamed over their targets (a rename within one
 * directory is atomic, so a reader never sees half a file). Targets are checked first, so that
 * a rename does not fail half-way. A file whose content is unchanged is left alone, keeping its
 * modification time for static-site builds. Returns the names of the files written.
 */
export async function writeAtomically(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const fail = (file: string) => (error: unknown) => {
    throw new OutputError(file, describeFsError(error));
  };
  await mkdir(dir, { recursive: true }).catch(fail(dir));
  const changed: OutputFile[] = [];
  for (const file of files) {
    const target = join(dir, file.name);
    const info = await lstat(target).catch(() => undefined);
    if (info?.isDirectory()) throw new OutputError(target, 'it is a directory');
    const current = info ? await readFile(target, 'utf8').catch(() => undefined) : undefined;
    if (current !== file.content) changed.push(file);
  }
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of changed) {
      const temporary = join(dir, `.${file.name}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ temporary, target: join(dir, file.name) });
      await writeFile(temporary, file.content, { flag: 'wx' }).catch(fail(temporary));
    }
    while (staged.length > 0) {
      const { temporary, target } = staged[0]!;
      await rename(temporary, target).catch(fail(target));
      staged.shift();
    }
  } finally {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
  }
  return changed.map((file) => file.name);
}
