import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { CONFIG_NAMES, DEFAULT_IGNORES, DEFAULT_RECORD_GLOBS, loadConfig, type Config } from '../config.js';
import { relativePath } from '../paths.js';
import { GitIgnore } from './gitignore.js';
import { readHeadLine, statOrUndefined } from './source.js';

const RECORD_EXTENSION = /\.ya?ml$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist']);

/** What the walk does not look at or into: dot-files and dot-folders, node_modules, dist. */
function leftOutByWalk(name: string, isDirectory: boolean): boolean {
  return name.startsWith('.') || (isDirectory && SKIPPED_DIRECTORIES.has(name));
}
const GLOB_CHARACTERS = /[*?[\]{}()!]/;

export interface Discovery {
  files: string[];
  /** Arguments that matched nothing. */
  unmatched: string[];
}

function isRecordFile(name: string): boolean {
  return RECORD_EXTENSION.test(name) && !(CONFIG_NAMES as readonly string[]).includes(name);
}

/**
 * `join(directory, name)` for the entries of one directory: the directory's part is normalised
 * once, not for each of thousands of records (a name from readdir is one segment, never . or ..).
 */
export function entryPaths(directory: string): (name: string) => string {
  let prefix: string | undefined;
  return (name) => {
    if (prefix !== undefined) return prefix + name;
    const path = join(directory, name);
    prefix = path.slice(0, path.length - name.length);
    return path;
  };
}

/**
 * Walks a directory for record files. Dot-folders (.git, .github), node_modules, dist and what git
 * ignores are skipped; symbolic links are followed once (a link loop is visited only once), and a
 * record reached both by its own path and through a link to it is listed once, by its own path: it
 * is one record of the register, which `unique-id` would otherwise take for two with one id.
 * Synchronous: about twice as fast as the promise API on a directory of 10,000 records (bench/README.md).
 */
export function walkDirectory(directory: string): string[] {
  const walk: Walk = { seen: new Set(), files: [], links: new Set(), gitignore: GitIgnore.at(directory) };
  walkInto(directory, walk);
  return oncePerFile(walk.files, walk.links);
}

interface Walk {
  /** The real paths of the directories visited. */
  seen: Set<string>;
  files: string[];
  /** The files listed that are symbolic links. */
  links: Set<string>;
  gitignore: GitIgnore | undefined;
}

function walkInto(directory: string, walk: Walk): void {
  let entries: Dirent[];
  try {
    const real = realpathSync(directory);
    if (walk.seen.has(real)) return;
    walk.seen.add(real);
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  const pathOf = entryPaths(directory);
  const ignored = walk.gitignore?.entriesOf(directory);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = pathOf(entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    const link = entry.isSymbolicLink();
    if (link) {
      const target = statOrUndefined(path);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (leftOutByWalk(entry.name, isDirectory)) continue;
    if (isDirectory && !ignored?.(entry.name, true)) walkInto(path, walk);
    else if (isFile && isRecordFile(entry.name) && !ignored?.(entry.name, false)) {
      walk.files.push(path);
      if (link) walk.links.add(path);
    }
  }
}

/**
 * `files` with each file once: a record reached both by its own path and through a symbolic link
 * (`links`) keeps its own path, one reached through several links the first. Real paths are
 * looked up only when there are links, which most registers have none of.
 */
function oncePerFile(files: string[], links: ReadonlySet<string>): string[] {
  if (links.size === 0) return files;
  const owned = new Set(files.filter((file) => !links.has(file)).map(realpathOrSelf));
  const kept = new Set<string>();
  return files.filter((file) => {
    if (!links.has(file)) return true;
    const real = realpathOrSelf(file);
    if (owned.has(real) || kept.has(real)) return false;
    kept.add(real);
    return true;
  });
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A glob given on the command line: the files it matches, what git ignores left out. */
async function expandGlobs(pattern: string, cwd: string): Promise<string[]> {
  // Only globs load a glob library; tinyglobby loads in ~10 ms where globby took ~100 (bench/README.md).
  const { glob } = await import('tinyglobby');
  const files = await glob([pattern], { cwd, absolute: true, ignore: DEFAULT_IGNORES, followSymbolicLinks: false, dot: false });
  const gitignore = GitIgnore.at(cwd);
  return files.filter((file) => (isRecordFile(basename(file)) || !GLOB_CHARACTERS.test(pattern)) && !gitignore?.ignores(file));
}

/** Resolves command-line arguments (files, directories, globs) to absolute record paths. */
export async function discoverFiles(patterns: string[], cwd: string): Promise<Discovery> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = statOrUndefined(absolute);
    let found: string[];
    if (info?.isDirectory()) found = walkDirectory(absolute);
    else if (info) found = [absolute];
    else if (GLOB_CHARACTERS.test(pattern)) found = await expandGlobs(pattern, cwd);
    else found = [];
    if (found.length === 0) unmatched.push(pattern);
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), unmatched };
}

/**
 * Every record file of the repository a config governs: the walk from the config's directory
 * (which leaves out dot-folders, node_modules, dist and what git ignores), then what the config's
 * `records` and `ignore` globs select (`globsReject`), the one test a file named on the command
 * line is put to as well, so that a hook given one file and a CI job given none agree.
 */
export async function repositoryFiles(config: Config): Promise<string[]> {
  const files = walkDirectory(config.dir);
  if (config.records === DEFAULT_RECORD_GLOBS && config.ignore.length === 0) return files.sort();
  return files.filter((file) => globsReject(config, relativePath(config.dir, file).split(sep).join('/')) === undefined).sort();
}

export interface RecordSelection {
  files: string[];
  /** The listing of the repository when the selection is all of it, so that it is not listed twice. */
  repository?: { configPath: string; files: string[] };
  /** Files seen but not taken as records, with why (`--debug` lists them). */
  skipped: { file: string; reason: string }[];
}

export interface SelectionOptions {
  cwd: string;
  /** The config governing the working directory. */
  config: Config;
  /** The config governing a file (the nearest privrec.yaml, or --config). */
  configFor(file: string): Promise<Config>;
  allowUnmatched?: boolean;
}

/**
 * The records a command works on: the arguments (files, directories, globs), or with none, the
 * records the governing config names. A config file among the arguments (a pre-commit hook passes
 * a changed privrec.yaml) stands for every record it governs. A file is a record when its config's
 * `records` globs select it and its `ignore` globs do not, or, with no privrec.yaml, when it
 * declares `privrec: 1`; dot-folders, node_modules, dist and what git ignores are left out (of
 * files named without a privrec.yaml, only when a directory is walked). Patterns that match
 * nothing are a usage error unless `allowUnmatched`.
 */
export async function selectRecordFiles(patterns: string[], options: SelectionOptions): Promise<RecordSelection> {
  const skipped: RecordSelection['skipped'] = [];
  if (patterns.length === 0) {
    const listed = await repositoryFiles(options.config);
    // A config's globs chose these already; without one, each must declare itself.
    const files = options.config.path ? listed : listed.filter((file) => keepRecord(file, options.config, skipped));
    return { files, repository: options.config.path ? { configPath: options.config.path, files } : undefined, skipped };
  }
  const discovery = await discoverFiles(patterns, options.cwd);
  if (discovery.unmatched.length > 0 && !options.allowUnmatched) {
    throw new UsageError(`No files matching ${discovery.unmatched.map((p) => `"${p}"`).join(', ')} were found.`);
  }
  const files = new Set<string>();
  for (const file of discovery.files) {
    if ((CONFIG_NAMES as readonly string[]).includes(basename(file))) {
      for (const record of await repositoryFiles(await loadConfig(file))) files.add(record);
      continue;
    }
    if (keepRecord(file, await options.configFor(file), skipped)) files.add(file);
  }
  return { files: [...files].sort(), skipped };
}

/**
 * Why `file` is not a record under `config`, or undefined when it is: the test every file named to
 * privrec is put to (`text`: its content where it is not yet on disk, as in an editor).
 */
export function notARecord(file: string, config: Config, text?: string): string | undefined {
  const fromConfig = relative(config.dir, file);
  if (config.path && !fromConfig.startsWith('..')) {
    const path = fromConfig.split(sep).join('/');
    const segments = path.split('/');
    if (segments.some((segment, index) => leftOutByWalk(segment, index < segments.length - 1))) {
      return 'privrec leaves out dot-files and what lies in dot-folders, node_modules and dist';
    }
    if (gitIgnoreOf(config)?.ignores(file)) return 'git ignores it';
    return globsReject(config, path);
  }
  const declares = text === undefined ? declaresRecord(file) : DECLARATION.test(text.slice(0, HEAD_CHARACTERS));
  return declares ? undefined : 'it declares no `privrec: 1`, and no privrec.yaml selects it';
}

const gitIgnores = new WeakMap<Config, GitIgnore | null>();

function gitIgnoreOf(config: Config): GitIgnore | undefined {
  let found = gitIgnores.get(config);
  if (found === undefined) {
    found = GitIgnore.at(config.dir) ?? null;
    gitIgnores.set(config, found);
  }
  return found ?? undefined;
}

/** Whether `file` is a record under `config`; if not, it is added to `skipped` with why. */
function keepRecord(file: string, config: Config, skipped: RecordSelection['skipped']): boolean {
  const reason = notARecord(file, config);
  if (reason) skipped.push({ file, reason });
  return reason === undefined;
}

/** A top-level `privrec: 1` in the first 4 KB: what makes a YAML file a record without a config. */
const DECLARATION = /^privrec:[ \t]*(?:1|"1"|'1')[ \t]*(?:#.*)?\r?$/m;
const HEAD_CHARACTERS = 4096;

function declaresRecord(file: string): boolean {
  return readHeadLine(file, 'privrec:', (line) => DECLARATION.test(line))?.found === true;
}

type Matcher = (path: string) => boolean;

interface ConfigGlobs {
  records: Matcher;
  ignore: Matcher;
}

const configGlobs = new WeakMap<Config, ConfigGlobs>();

/**
 * Why the config's globs leave out a file (`path`: from the config's directory, '/'-separated),
 * or undefined when they select it. One definition for a listing and for a named file:
 * `records` selects what any of its globs matches and none of its `!globs`; `ignore` then leaves
 * out what any of its globs matches and none of its `!globs`; a glob naming a folder (`records`,
 * `records/`) stands for what lies below it; only YAML files are records.
 */
function globsReject(config: Config, path: string): string | undefined {
  let globs = configGlobs.get(config);
  if (!globs) {
    globs = { records: listMatcher(config.records), ignore: listMatcher(config.ignore) };
    configGlobs.set(config, globs);
  }
  const name = config.path ? basename(config.path) : 'privrec.yaml';
  if (!isRecordFile(basename(path)) || !globs.records(path)) return `the \`records\` globs of ${name} do not select it`;
  if (globs.ignore(path)) return `the \`ignore\` globs of ${name} leave it out`;
  return undefined;
}

/** A list of globs as gitignore and globby read one: what a glob matches, less what a `!glob` does. */
function listMatcher(globs: readonly string[]): Matcher {
  const including = withContents(globs.filter((glob) => !glob.startsWith('!')));
  const excluding = withContents(globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1)));
  if (including.length === 0) return () => false;
  // picomatch, loaded only where a config has globs of its own.
  const picomatch = createRequire(import.meta.url)('picomatch') as (globs: readonly string[], options: { dot: boolean }) => Matcher;
  const included = picomatch(including, { dot: false });
  const excluded = excluding.length > 0 ? picomatch(excluding, { dot: false }) : () => false;
  return (path) => included(path) && !excluded(path);
}

/** Each glob, and what lies below the folders it may name. */
function withContents(globs: readonly string[]): string[] {
  return globs.flatMap((glob) => {
    const bare = glob.replace(/\/+$/, '');
    return bare.endsWith('/**') ? [bare] : [bare, `${bare}/**`];
  });
}
