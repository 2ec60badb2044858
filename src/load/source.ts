import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';

/** Larger files are refused unread: no record comes near it, and parsing one would stall a hook. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };
export type BytesResult = { ok: true; bytes: Buffer; size: number; mtimeMs: number; ctimeMs: number; ino: number } | { ok: false; message: string };

/**
 * Reads a file's bytes, refusing unread what is not a regular file or is larger than `maxBytes`
 * (a record's limit unless told). The one guard every file privrec reads passes: records, the
 * config, templates, the cache. Opened non-blocking, so that a FIFO cannot stall the lint.
 * Synchronous: a lint reads thousands of small files, and a blocking read is several times faster
 * than the promise API. Never throws.
 */
export function readBytes(file: string, { maxBytes = MAX_RECORD_BYTES } = {}): BytesResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, message: 'This is a directory, not a record file.' };
    if (!info.isFile()) return { ok: false, message: 'This is not a regular file (a pipe, socket or device): a record is a text file.' };
    if (info.size > maxBytes) {
      return {
        ok: false,
        message: `The file is ${megabytes(info.size)}; ${maxBytes === MAX_RECORD_BYTES ? 'records are' : 'it is'} limited to ${megabytes(maxBytes)}. Split it or check that it is a record.`,
      };
    }
    return { ok: true, bytes: readToEnd(fd, info.size), size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
  } catch (error) {
    return { ok: false, message: `The file cannot be read: ${describeFsError(error)}.` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The bytes of an open file whose size was `size` when stat'ed, as readFileSync(fd) reads them without stat'ing it again. */
function readToEnd(fd: number, size: number): Buffer {
  // A file that reports no size (as in /proc) is read until its end.
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? bytes : bytes.subarray(0, length);
}

const HEAD_BYTES = 4096;
const head = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * The first complete line of a file's first 4 KB that starts with `prefix` (a top-level key:
 * `id:`, `privrec:`) and that `accepts`, with its number: a glance at a record that is not being
 * linted. Three system calls where readBytes makes six, which at thousands of records is most of
 * the glance; the bytes are searched and only the candidate lines decoded. `found: false` when
 * there is none: `whole` when the 4 KB are the entire file, so that the caller need not read
 * further. Undefined when the file cannot be read. Never throws.
 */
export function readHeadLine(file: string, prefix: string, accepts: (line: string) => boolean): { found: true; text: string; line: number } | { found: false; whole: boolean } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    const whole = length < HEAD_BYTES;
    // The shared buffer is searched as it is, no view made of it: past `length` it holds an earlier file.
    const textStart = length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    let line = 1;
    let counted = 0;
    for (let at = head.indexOf(prefix, textStart); at !== -1 && at + prefix.length <= length; at = head.indexOf(prefix, at + 1)) {
      if (at !== textStart && head[at - 1] !== NEWLINE) continue;
      let lineEnd = head.indexOf(NEWLINE, at);
      if (lineEnd === -1 || lineEnd >= length) {
        // A line cut by the end of the 4 KB is no line yet: the caller reads the file.
        if (!whole) break;
        lineEnd = length;
      }
      for (let index = head.indexOf(NEWLINE, counted); index !== -1 && index < at; index = head.indexOf(NEWLINE, index + 1)) line++;
      counted = at;
      const text = head.toString('utf8', at, lineEnd);
      if (accepts(text)) return { found: true, text, line };
    }
    return { found: false, whole };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const NEWLINE = 0x0a;

/** Reads a file as UTF-8 text, refusing what is not a text record. Never throws. */
export function readSource(file: string): SourceResult {
  const read = readBytes(file);
  return read.ok ? decodeSource(read.bytes) : read;
}

/** Decodes bytes as UTF-8; a byte-order mark is dropped, binary content and invalid UTF-8 are refused. */
export function decodeSource(bytes: Uint8Array): SourceResult {
  if (bytes.byteLength > MAX_RECORD_BYTES) {
    return { ok: false, message: `The input is larger than the ${megabytes(MAX_RECORD_BYTES)} records are limited to: it is not read further.` };
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { ok: false, message: 'The file holds binary content (a NUL byte), not YAML text.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    return {
      ok: false,
      message: `The file is not valid UTF-8 (byte ${offset}): save it as UTF-8.`,
      line: lines.length,
      column: lines[lines.length - 1]!.length + 1,
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.byteLength;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

/**
 * What a path (or the symbolic link at it) points to, or with `followLinks: false` the path itself;
 * undefined when missing, dangling, looping or unreadable.
 */
export function statOrUndefined(path: string, { followLinks = true } = {}): Stats | undefined {
  try {
    return followLinks ? statSync(path) : lstatSync(path);
  } catch {
    return undefined;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
