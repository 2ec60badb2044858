import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readBytes, statOrUndefined } from '../load/source.js';
import { OutputError, appendToFile, writeFileAtomically } from '../output.js';
import type { Finding } from '../model.js';
import type { RecordFacts } from '../rules/types.js';
import type { SourceLintResult } from './lint-source.js';

export const DEFAULT_CACHE_LOCATION = '.privrec-cache';
/** Far above the cache of 10,000 records (about 4 MB); a larger file is no cache of ours and is replaced. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** The cache file of `--cache-location` (as ESLint): a directory, or a path ending in a slash, holds `.privrec-cache`. */
export function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_LOCATION): string {
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location) || statOrUndefined(path)?.isDirectory()) return join(path, DEFAULT_CACHE_LOCATION);
  return path;
}

/** A short, stable digest: content hashes of files and keys of the options results depend on. */
export function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url');
}

/** The content a result was made for, and how the file looked on disk when it was read. */
export interface FileVersion {
  /** Digest of the file's bytes. */
  hash: string;
  size: number;
  mtimeMs: number;
  /** Status change time: any write changes it, and unlike mtime no user tool can set it back (`touch -r` cannot). */
  ctimeMs: number;
  /** The inode: a file replaced by another (an editor's save-by-rename) is another file. */
  ino: number;
  /** When the file was read (ms since the epoch). */
  readAt: number;
}

/**
 * Size, modification and status change times and inode vouch for the content, as they do for
 * git's index, only when the file had not changed for a while when it was read: a change in the
 * same clock tick as the read (or the 2-second tick of some file systems) would keep them (git's
 * "racily clean" entries). Otherwise the content hash decides.
 */
const SETTLED_MS = 2_000;

type DiskState = { size: number; mtimeMs: number; ctimeMs: number; ino: number };

function vouches(entry: FileVersion, disk: DiskState | undefined): boolean {
  return entry.ctimeMs < entry.readAt - SETTLED_MS && disk?.size === entry.size && disk.mtimeMs === entry.mtimeMs && disk.ctimeMs === entry.ctimeMs && disk.ino === entry.ino;
}

interface Entry extends FileVersion {
  /** Digest of everything else the result depends on: config, --as-of, inline config, cwd. */
  key: string;
  result: SourceLintResult;
  /** The entry as read from the cache file, while it is unchanged: written back as it is. */
  stored?: StoredEntry;
}

/** How an entry is stored: findings as flat numbers with their texts in one table, facts without the file. */
type StoredEntry = [
  hash: string,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  ino: number,
  readAt: number,
  key: string,
  findings: number[],
  facts: object,
  suppressions: SourceLintResult['suppressions'],
];
const FINDING_WIDTH = 7;

/**
 * Per-file results (findings before suppressions, facts for repository rules, suppressions) of
 * earlier runs, kept in one file: a JSON line of every entry, then a journal of the entries made
 * since, one JSON line each (`[path, entry, its texts]`), which a later run appends instead of
 * writing every entry again. The journal is folded into the first line, the file rewritten
 * atomically, once it holds an eighth as many entries as the cache. An entry holds while the
 * file's content and the key of its options are the same; a cache of another privrec version is
 * dropped whole. A corrupt or foreign cache file is ignored and rewritten; a journal line that
 * cannot be read (an append cut short) is dropped, and its file linted again.
 */
export class LintCache {
  private readonly entries = new Map<string, Entry>();
  /** The text table of the cache file read, which stored entries refer to. */
  private texts: string[] = [];
  /** Whether the file read holds this version's entries, so that a journal may be appended to it. */
  private appendable = false;
  /** Journal lines read. */
  private journaled = 0;
  /** Entries set by this run, in order: what changed. */
  private readonly added: string[] = [];

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  static load(file: string, version: string): LintCache {
    const cache = new LintCache(file, version);
    try {
      const read = readBytes(file, { maxBytes: MAX_CACHE_BYTES });
      if (!read.ok) return cache;
      const [first, ...journal] = read.bytes.toString('utf8').split('\n');
      const data = JSON.parse(first!) as { privrec?: unknown; texts?: unknown; entries?: unknown };
      if (data.privrec !== version || !Array.isArray(data.texts) || data.entries === null || typeof data.entries !== 'object') return cache;
      if (!data.texts.every((text) => typeof text === 'string')) return cache;
      cache.texts = data.texts as string[];
      for (const [path, stored] of Object.entries(data.entries as Record<string, unknown>)) {
        const entry = decode(path, stored, cache.texts);
        if (entry) cache.entries.set(path, entry);
      }
      cache.appendable = true;
      for (const line of journal) cache.readJournalLine(line);
    } catch {
      // No cache yet, or one that cannot be read: start afresh.
    }
    return cache;
  }

  private readJournalLine(line: string): void {
    if (line === '') return;
    try {
      const [path, stored, texts] = JSON.parse(line) as unknown[];
      if (typeof path !== 'string' || !Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return;
      const entry = decode(path, stored, texts as string[]);
      if (!entry) return;
      // Its texts are its own, not the table's: written anew when the journal is folded in.
      entry.stored = undefined;
      this.entries.set(path, entry);
      this.journaled++;
    } catch {
      // An append cut short: the file it was for is linted again.
    }
  }

  /**
   * The cached result of `path` if it was made under `key` for the file as it is: known without
   * reading it when its size and modification time vouch for it. Otherwise the hash the entry
   * was made for, for whoever reads the file to compare.
   */
  lookup(path: string, key: string, disk: DiskState | undefined): { result: SourceLintResult } | { hash?: string } {
    const entry = this.entries.get(path);
    if (entry?.key !== key) return {};
    if (vouches(entry, disk)) return { result: entry.result };
    return { hash: entry.hash };
  }

  /** The facts of `path` for repository rules, whatever the options, when its size and modification time vouch for them. */
  facts(path: string, disk: DiskState | undefined): RecordFacts | undefined {
    const entry = this.entries.get(path);
    return entry && vouches(entry, disk) ? entry.result.facts : undefined;
  }

  result(path: string): SourceLintResult | undefined {
    return this.entries.get(path)?.result;
  }

  set(path: string, key: string, version: FileVersion, result: SourceLintResult): void {
    this.entries.set(path, { ...version, key, result });
    this.added.push(path);
  }

  /** Writes the cache, if anything changed, atomically (a temporary file renamed over it). Returns why it could not, if so. */
  save(inputs?: ReadonlySet<string>): string | undefined {
    if (this.added.length === 0) return undefined;
    try {
      if (this.appendable && (this.journaled + this.added.length) * 8 <= this.entries.size) appendToFile(this.file, this.journal(), inputs);
      else writeFileAtomically(this.file, this.serialize(), inputs);
      return undefined;
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      return `the cache ${error.message.replace(/^cannot write /, '')}: it is not written.`;
    }
  }

  /**
   * Unchanged entries are written back as read, against the text table read; a run that changed
   * many builds the table anew, which drops the texts no entry uses any more.
   */
  private serialize(): string {
    const rebuild = this.added.length * 8 > this.entries.size;
    const table = textTable(rebuild ? [] : this.texts);
    const entries: Record<string, StoredEntry> = {};
    for (const [path, entry] of this.entries) entries[path] = entry.stored && !rebuild ? entry.stored : encode(entry, table.index);
    return JSON.stringify({ privrec: this.version, texts: table.texts(), entries });
  }

  /** The journal lines of this run's entries, each with a text table of its own. */
  private journal(): string {
    return this.added
      .map((path) => {
        const table = textTable();
        const stored = encode(this.entries.get(path)!, table.index);
        return `\n${JSON.stringify([path, stored, table.texts()])}`;
      })
      .join('');
  }
}

/** A table of texts that gives each its index, adding it on first use. */
function textTable(initial: readonly string[] = []): { index: (value: string) => number; texts: () => string[] } {
  const indexes = new Map<string, number>(initial.map((text, index) => [text, index]));
  return {
    index(value) {
      let index = indexes.get(value);
      if (index === undefined) indexes.set(value, (index = indexes.size));
      return index;
    },
    texts: () => [...indexes.keys()],
  };
}

/** An entry as stored: findings as flat numbers, their texts as indexes of `text`. */
function encode({ hash, size, mtimeMs, ctimeMs, ino, readAt, key, result }: Entry, text: (value: string) => number): StoredEntry {
  const findings: number[] = [];
  for (const f of result.findings) findings.push(text(f.ruleId), f.severity === 'error' ? 1 : 0, text(f.message), f.line, f.column, f.endLine, f.endColumn);
  const { file: _file, ...facts } = result.facts;
  return [hash, size, mtimeMs, ctimeMs, ino, readAt, key, findings, facts, result.suppressions];
}

/** An entry as stored, checked (a cache file may be anything), or undefined. */
function decode(path: string, stored: unknown, texts: string[]): Entry | undefined {
  if (!Array.isArray(stored) || stored.length !== 10) return undefined;
  const [hash, size, mtimeMs, ctimeMs, ino, readAt, key, flat, facts, suppressions] = stored as StoredEntry;
  if (typeof hash !== 'string' || typeof key !== 'string' || ![size, mtimeMs, ctimeMs, ino, readAt].every((n) => typeof n === 'number')) return undefined;
  if (!Array.isArray(flat) || flat.length % FINDING_WIDTH !== 0 || !flat.every(Number.isInteger)) return undefined;
  if (typeof facts !== 'object' || facts === null || !Array.isArray(suppressions)) return undefined;
  const findings: Finding[] = [];
  for (let i = 0; i < flat.length; i += FINDING_WIDTH) {
    const ruleId = texts[flat[i]!];
    const message = texts[flat[i + 2]!];
    if (typeof ruleId !== 'string' || typeof message !== 'string') return undefined;
    findings.push({ ruleId, severity: flat[i + 1] === 1 ? 'error' : 'warning', message, line: flat[i + 3]!, column: flat[i + 4]!, endLine: flat[i + 5]!, endColumn: flat[i + 6]! });
  }
  return { hash, size, mtimeMs, ctimeMs, ino, readAt, key, result: { findings, facts: { ...facts, file: path }, suppressions }, stored: stored as StoredEntry };
}
