/**
 * The entries of a zip file (XLSX and ODS are zip files) under limits: how many entries, how
 * large each may grow and all together, and how much each may grow over its compressed size.
 * The sizes the zip declares are checked before anything is inflated, and inflating stops at the
 * declared size, so a file that lies about it is stopped too.
 */
import { inflateSync } from 'fflate';
import { LIMITS, SpreadsheetError } from './workbook.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntries {
  names: string[];
  /** The entry's bytes, inflated on demand; undefined when there is none of that name. */
  read(name: string): Uint8Array | undefined;
}

export function openZip(bytes: Uint8Array): ZipEntries {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new SpreadsheetError('the file is not a spreadsheet: it is not a zip file (XLSX and ODS are)');
  const count = view.getUint16(eocd + 10, true);
  if (count > LIMITS.zipEntries) throw new SpreadsheetError(`the file holds ${count} parts, more than the ${LIMITS.zipEntries} a spreadsheet needs`);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, { method: number; compressed: number; size: number; local: number }>();
  let total = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw new SpreadsheetError('the file is damaged: its zip directory cannot be read');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (size > LIMITS.entryBytes) throw new SpreadsheetError(`the part ${name} would grow to ${size} bytes, more than the ${LIMITS.entryBytes} privrec reads`);
    if (size > 1024 * 1024 && size > compressed * LIMITS.ratio)
      throw new SpreadsheetError(`the part ${name} would grow ${Math.round(size / Math.max(compressed, 1))} times over its compressed size: taken for a zip bomb, not read`);
    total += size;
    if (total > LIMITS.totalBytes) throw new SpreadsheetError(`the file would grow to more than ${LIMITS.totalBytes} bytes: not read`);
    entries.set(name, { method, compressed, size, local });
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (view.getUint32(entry.local, true) !== LOCAL) throw new SpreadsheetError(`the file is damaged: the part ${name} cannot be found`);
      const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
      const data = bytes.subarray(start, start + entry.compressed);
      if (entry.method === 0) return data.subarray(0, entry.size);
      if (entry.method !== 8) throw new SpreadsheetError(`the part ${name} is compressed in a way privrec does not read (method ${entry.method})`);
      // One byte more than declared: inflating stops there, and a part that fills it lied about its size.
      const out = new Uint8Array(entry.size + 1);
      try {
        const inflated = inflateSync(data, { out });
        if (inflated.byteLength !== entry.size) throw new Error('size');
        return inflated;
      } catch {
        throw new SpreadsheetError(`the part ${name} is damaged or larger than its zip directory says: not read`);
      }
    },
  };
}
