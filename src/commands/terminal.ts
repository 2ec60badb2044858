import { fstatSync, writeSync } from 'node:fs';

/** Colour for standard output (1) or error (2): --color/--no-color, then NO_COLOR, then FORCE_COLOR, then whether it is a terminal. */
export function wantsColor(flag: boolean | undefined, fd: 1 | 2, env = process.env): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  // Only a character device can be a terminal. For a pipe or a file (a hook, CI) node:tty, which
  // brings net (~2 ms), is not loaded; nor is process.stdout created, which would load it too.
  if (!isCharacterDevice(fd)) return false;
  return process.getBuiltinModule('node:tty').isatty(fd);
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** Writes all of `text` before returning, so that process.exit() cannot cut piped output short. */
export function writeOut(text: string, fd = 1): void {
  const buffer = Buffer.from(text);
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += writeSync(fd, buffer, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw error;
    }
  }
}

export function writeError(text: string): void {
  writeOut(text.endsWith('\n') ? text : `${text}\n`, 2);
}

import { UsageError } from '../errors.js';

export { UsageError };

export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function parseDate(value: string, option: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`${option} takes a date written YYYY-MM-DD, not "${value}".`);
  return value;
}
