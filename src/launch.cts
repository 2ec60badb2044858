// The command-line entry, run by bin/privrec.js. It runs the CommonJS bundle of the CLI (dist/cli/,
// made by scripts/bundle.mjs) and keeps V8's compiled code of the bundle's main chunk between runs:
// Node 20 has no compile cache of its own (module.enableCompileCache arrives in Node 22), and for
// `privrec lint <one file>`, the pre-commit case, compiling privrec's code was a fifth of the run.
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module = require('node:module');
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';

const MAIN_CHUNK = join(__dirname, 'cli', 'main.cjs');
// As Node wraps a CommonJS module, so that line numbers in stack traces stay those of the file.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/**
 * The directory for compiled code: PRIVREC_COMPILE_CACHE names one, or turns the cache off with 0;
 * by default a directory of this user's in the system's temporary directory, as Node 22 does.
 */
function cacheDirectory(): string | undefined {
  const setting = process.env.PRIVREC_COMPILE_CACHE;
  if (setting === '0') return undefined;
  const uid = process.getuid?.();
  const dir = setting || join(tmpdir(), uid === undefined ? 'privrec-compile-cache' : `privrec-compile-cache-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    if (!info.isDirectory()) return undefined;
    // What is read from here is run as code: never from a directory another user can write to.
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** FNV-1a, 32 bits: names cache files without loading node:crypto. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

interface PreloadedChunk {
  /** True when there was no usable cached code: the caller should save it after the run. */
  stale: boolean;
  save(): void;
}

/**
 * Runs the main chunk from its cached compiled code and registers it in require.cache, where the
 * bundle's own require() then finds it. Undefined when the cache is off or unusable: the bundle
 * then loads the chunk as any CommonJS module.
 */
function preloadMainChunk(): PreloadedChunk | undefined {
  const dir = cacheDirectory();
  if (!dir) return undefined;
  let source: string;
  let key: string;
  try {
    const fd = openSync(MAIN_CHUNK, 'r');
    try {
      const { size, mtimeMs } = fstatSync(fd);
      source = readFileSync(fd, 'utf8');
      // V8 checks its version and flags and the source's length; a rebuilt bundle gets a new mtime.
      key = shortHash([size, mtimeMs, process.version, process.arch].join(' '));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const prefix = shortHash(MAIN_CHUNK);
  const file = join(dir, `${prefix}-${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(WRAPPER[0] + source + WRAPPER[1], {
    filename: MAIN_CHUNK,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const chunk = new Module(MAIN_CHUNK, module);
  chunk.filename = MAIN_CHUNK;
  require.cache[MAIN_CHUNK] = chunk;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(chunk.exports, chunk.exports, Module.createRequire(MAIN_CHUNK), chunk, MAIN_CHUNK, dirname(MAIN_CHUNK));
  chunk.loaded = true;
  return {
    stale: cachedData === undefined || script.cachedDataRejected === true,
    save() {
      // The cache only saves time: a full or read-only disk must never fail a run.
      try {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, file);
        for (const name of readdirSync(dir)) {
          if (name.startsWith(`${prefix}-`) && name.endsWith('.bin') && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
        }
      } catch {
        // Left for the next run to try again.
      }
    },
  };
}

type Main = (argv: string[]) => Promise<void>;

/** A lint worker thread's entry (src/lint/workers.ts): the bundle's worker, its code from the cache the CLI's runs keep. */
export function launchWorker(): void {
  preloadMainChunk();
  require('./cli/worker.cjs');
}

export async function launch(argv: string[]): Promise<void> {
  let preloaded: PreloadedChunk | undefined;
  let main: Main;
  try {
    preloaded = preloadMainChunk();
    ({ main } = require('./cli/privrec.cjs') as { main: Main });
  } catch (error) {
    // A damaged installation (dist/cli/ missing or altered): one line, exit 2, as any internal error of the CLI.
    const detail = process.env.PRIVREC_DEBUG ? `\n${(error as Error)?.stack ?? String(error)}` : ' (reinstall privrec; set PRIVREC_DEBUG=1 for details)';
    process.stderr.write(`privrec: cannot start: ${(error as Error)?.message ?? String(error)}${detail}\n`);
    process.exitCode = 2;
    return;
  }
  await main(argv);
  // Saved after a lint, once its code has run and been compiled: lint is what must start fast.
  if (preloaded?.stale && argv[2] === 'lint') preloaded.save();
}
