import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SourceLintResult } from './lint-source.js';

export const DEFAULT_CACHE_LOCATION = '.privrec-cache';

/** The cache file of `--cache-location` (as ESLint): a directory, or a path ending in a slash, holds `.privrec-cache`. */
export function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_LOCATION): string {
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location) || isDirectory(path)) return join(path, DEFAULT_CACHE_LOCATION);
  return path;
}

/** A short, stable digest: content hashes of files and keys of the options results depend on. */
export function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url');
}

interface Entry {
  /** Digest of the file's bytes. */
  hash: string;
  /** Digest of everything else the result depends on: config, --as-of, inline config, cwd. */
  key: string;
  result: SourceLintResult;
}

/**
 * Per-file results (findings before suppressions, facts for repository rules, suppressions) of
 * earlier runs, kept in one JSON file. An entry holds while the file's content hash and the key
 * of its options are the same; a cache of another privrec version is dropped whole. A corrupt or
 * foreign cache file is ignored and rewritten.
 */
export class LintCache {
  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static load(file: string, version: string): LintCache {
    const entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { privrec?: unknown; entries?: unknown };
      if (data.privrec === version && data.entries !== null && typeof data.entries === 'object') {
        for (const [path, entry] of Object.entries(data.entries as Record<string, unknown>)) {
          if (isEntry(entry)) entries.set(path, entry);
        }
      }
    } catch {
      // No cache yet, or one that cannot be read: start afresh.
    }
    return new LintCache(file, version, entries);
  }

  /** The content hash the cached result of `path` was made for, if it was made under `key`. */
  hashFor(path: string, key: string): string | undefined {
    const entry = this.entries.get(path);
    return entry?.key === key ? entry.hash : undefined;
  }

  result(path: string): SourceLintResult | undefined {
    return this.entries.get(path)?.result;
  }

  set(path: string, entry: Entry): void {
    this.entries.set(path, entry);
  }

  /** Writes the cache atomically (a temporary file renamed over it). Returns why it could not, if so. */
  save(): string | undefined {
    if (/\.ya?ml$/i.test(this.file)) return `the cache location ${this.file} is a YAML file: privrec does not overwrite it.`;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ privrec: this.version, entries: Object.fromEntries(this.entries) }));
      renameSync(temporary, this.file);
      return undefined;
    } catch (error) {
      rmSync(temporary, { force: true });
      return `the cache ${this.file} cannot be written (${(error as Error).message}).`;
    }
  }
}

function isEntry(value: unknown): value is Entry {
  const entry = value as Entry | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.hash === 'string' &&
    typeof entry.key === 'string' &&
    typeof entry.result === 'object' &&
    entry.result !== null &&
    Array.isArray(entry.result.findings) &&
    Array.isArray(entry.result.suppressions) &&
    typeof entry.result.facts === 'object' &&
    entry.result.facts !== null
  );
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
