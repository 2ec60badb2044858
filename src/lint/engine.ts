import { dirname } from 'node:path';
import type { Config, RuleSetting } from '../config.js';
import { ConfigResolver } from '../config.js';
import { repositoryFiles } from '../load/discover.js';
import { decodeSource, readBytes, readHeadLine, readSource, statOrUndefined, type SourceResult } from '../load/source.js';
import type { FileResult, Finding } from '../model.js';
import type { RecordData } from '../record.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../rules/severity.js';
import type { RecordFacts, RepositoryRule } from '../rules/types.js';
import { VERSION } from '../version.js';
import type { FileVersion } from './cache.js';
import { CoreMeter } from './cores.js';
import { finishFindings, lintSource, type SourceLintOptions, type SourceLintResult } from './lint-source.js';

export interface LintOptions {
  cwd: string;
  /** --config: one config for every file instead of the nearest privrec.yaml. */
  configPath?: string;
  /** Evaluation date, YYYY-MM-DD. */
  asOf: string;
  inlineConfig: boolean;
  /** --rule overrides, applied on top of every config. */
  ruleOverrides?: Record<string, RuleSetting>;
  /** --cache: reuse the results of unchanged files (see cache.ts); without it every file is linted afresh. */
  cache?: boolean;
  /** --cache-location: the cache file, or a directory for it (default .privrec-cache in cwd). */
  cacheLocation?: string;
  /** Results carry each record's data as linted (render): what is rendered is what was checked, read once. */
  keepRecords?: boolean;
  /**
   * --concurrency: the threads that lint files. 'auto' (the default) adds a worker thread per free
   * core when there are files enough to pay for its start; 'off' is this thread alone.
   */
  concurrency?: number | 'auto' | 'off';
}

/** One file for the per-file phase, with the content hash of its cached result, if any. */
export interface FileTask {
  file: string;
  cachedHash?: string;
}

/** What the per-file phase found: the file as read (with --cache) and, unless the cached result still holds, the result. */
export interface FileOutcome {
  file: string;
  /** Undefined without --cache, and when the file could not be read (such results are not cached). */
  version?: FileVersion;
  result?: SourceLintResult;
}

/** A file's findings and, with `keepRecords`, the record's data as it was linted. */
export interface LintResult extends FileResult {
  record?: RecordData;
}

interface Linted {
  file: string;
  config: Config;
  result: SourceLintResult;
}

export class Linter {
  /** Problems that did not stop the lint (the cache could not be written), for the command to show. */
  readonly warnings: string[] = [];
  private readonly configs: ConfigResolver;
  private readonly optionKeys = new WeakMap<Config, string>();
  /** Each config with the --rule overrides applied, made once, so that results and option keys can be keyed by it. */
  private readonly overridden = new WeakMap<Config, Config>();
  /** cache.ts, loaded for --cache only: it brings node:crypto. */
  private caching?: typeof import('./cache.js');

  /** Repository listings the caller already made, by config path: not listed again for cross-record rules. */
  private readonly knownRepositories = new Map<string, string[]>();
  private readonly cores = new CoreMeter();
  /** The threads the last lintFiles ran on, for --debug. */
  threads = 1;

  constructor(private readonly options: LintOptions) {
    this.configs = new ConfigResolver(options.configPath, options.cwd);
  }

  knowRepository(configPath: string, files: string[]): void {
    this.knownRepositories.set(configPath, files);
  }

  /** The config governing the records of `dir`, with the --rule overrides applied. */
  async configIn(dir: string): Promise<Config> {
    const config = await this.configs.forDirectory(dir);
    const overrides = this.options.ruleOverrides;
    if (!overrides) return config;
    let applied = this.overridden.get(config);
    if (!applied) {
      applied = { ...config, rules: { ...config.rules, ...overrides } };
      this.overridden.set(config, applied);
    }
    return applied;
  }

  async configFor(file: string): Promise<Config> {
    return this.configIn(dirname(file));
  }

  /** Lints files from disk. A ConfigError propagates: the caller exits 2. */
  async lintFiles(files: string[]): Promise<LintResult[]> {
    const configs = await Promise.all(files.map((file) => this.configFor(file)));
    const caching = this.options.cache ? (this.caching ??= await import('./cache.js')) : undefined;
    const cache = caching?.LintCache.load(caching.cacheFilePath(this.options.cwd, this.options.cacheLocation), VERSION);
    const keys = caching ? configs.map((config) => this.optionKey(config, caching.digest)) : [];

    const results: SourceLintResult[] = new Array(files.length);
    const tasks: FileTask[] = [];
    const taskIndexes: number[] = [];
    files.forEach((file, index) => {
      const found = cache?.lookup(file, keys[index]!, statOrUndefined(file));
      if (found && 'result' in found) {
        results[index] = found.result;
      } else {
        tasks.push({ file, cachedHash: found?.hash });
        taskIndexes.push(index);
      }
    });

    let outcomes: FileOutcome[];
    const workers = this.workersFor(tasks.length);
    this.threads = 1;
    if (workers > 0) {
      const { lintInParallel } = await import('./workers.js');
      ({ outcomes, threads: this.threads } = await lintInParallel(tasks, this.options, workers, (task) => this.lintTask(task)));
    } else {
      outcomes = [];
      for (const task of tasks) outcomes.push(await this.lintTask(task));
    }
    outcomes.forEach(({ file, version, result }, n) => {
      const index = taskIndexes[n]!;
      results[index] = result ?? cache!.result(file)!;
      if (cache && version) cache.set(file, keys[index]!, version, results[index]!);
    });

    const problem = cache?.save();
    if (problem) this.warnings.push(problem);
    return this.finish(
      files.map((file, index) => ({ file, config: configs[index]!, result: results[index]! })),
      cache && ((file) => cache.facts(file, statOrUndefined(file))),
    );
  }

  /** Worker threads to run beside this one for `count` files. */
  private workersFor(count: number): number {
    const setting = this.options.concurrency ?? 'auto';
    if (setting === 'off') return 0;
    if (setting !== 'auto') return setting - 1;
    return count >= WORKER_THRESHOLD ? this.cores.freeOtherCores() : 0;
  }

  /** The per-file phase for one file on disk: read and lint, unless the cached result holds for its content. Run here or in a worker. */
  async lintTask({ file, cachedHash }: FileTask): Promise<FileOutcome> {
    const readAt = Date.now();
    const read = readBytes(file);
    if (!read.ok) return { file, result: unreadable(file, read.message) };
    let version: FileVersion | undefined;
    if (this.options.cache) {
      this.caching ??= await import('./cache.js');
      version = { hash: this.caching.digest(read.bytes), size: read.size, mtimeMs: read.mtimeMs, ctimeMs: read.ctimeMs, ino: read.ino, readAt };
      if (version.hash === cachedHash) return { file, version };
    }
    const source = decodeSource(read.bytes);
    if (!source.ok) return { file, version, result: unreadable(file, source.message, source.line, source.column) };
    const config = await this.configFor(file);
    return { file, version, result: lintSource(source.text, file, this.sourceOptions(config)) };
  }

  /** Lints text given on standard input as if it were `file`. */
  async lintText(text: string, file: string): Promise<LintResult[]> {
    const config = await this.configFor(file);
    const result = lintSource(text, file, this.sourceOptions(config));
    return this.finish([{ file, config, result }]);
  }

  /** Lints input read and decoded as a file's is (decodeSource: size, binary content, encoding), as if it were `file`. */
  async lintInput(source: SourceResult, file: string): Promise<LintResult[]> {
    if (source.ok) return this.lintText(source.text, file);
    return this.finish([{ file, config: await this.configFor(file), result: unreadable(file, source.message, source.line, source.column) }]);
  }

  private sourceOptions(config: Config): SourceLintOptions {
    return { config, asOf: this.options.asOf, inlineConfig: this.options.inlineConfig, keepRecord: this.options.keepRecords };
  }

  /** Digest of what a file's result depends on besides its content; the privrec version is checked for the whole cache. */
  private optionKey(config: Config, digest: (data: string) => string): string {
    let key = this.optionKeys.get(config);
    if (key === undefined) {
      const { positions: _positions, ...settings } = config;
      key = digest(JSON.stringify([settings, this.options.asOf, this.options.inlineConfig, this.options.cwd]));
      this.optionKeys.set(config, key);
    }
    return key;
  }

  /**
   * Runs the repository rules over every record of each repository, then applies suppressions.
   * Records not being linted contribute their cached facts where the cache vouches for them, else
   * a quick scan.
   */
  private async finish(linted: Linted[], cachedFacts?: (file: string) => RecordFacts | undefined): Promise<LintResult[]> {
    const extra = new Map<string, Finding[]>();
    const lintedFiles = new Set(linted.map((entry) => entry.file));
    const byRepository = new Map<string, Linted[]>();
    for (const entry of linted) {
      const key = entry.config.path ?? '';
      const entries = byRepository.get(key);
      if (entries) entries.push(entry);
      else byRepository.set(key, [entry]);
    }
    for (const [configPath, entries] of byRepository) {
      const config = entries[0]!.config;
      const enabled = RULES.flatMap((rule) => {
        const severity = rule.kind === 'repository' ? severityOf(rule, config) : 'off';
        return severity === 'off' ? [] : [{ rule: rule as RepositoryRule, severity }];
      });
      // With every repository rule off, the records that are not being linted are not looked at.
      if (enabled.length === 0) continue;
      const facts: RecordFacts[] = entries.map((entry) => entry.result.facts);
      if (configPath) {
        for (const file of this.knownRepositories.get(configPath) ?? (await repositoryFiles(config))) {
          if (!lintedFiles.has(file)) facts.push(cachedFacts?.(file) ?? quickFacts(file));
        }
      }
      for (const { rule, severity } of enabled) {
        rule.check({
          records: facts,
          linted: lintedFiles,
          report(file, range, message) {
            const finding: Finding = { ruleId: rule.id, severity, message, ...range };
            const findings = extra.get(file);
            if (findings) findings.push(finding);
            else extra.set(file, [finding]);
          },
        });
      }
    }
    return linted.map(({ file, config, result }) => ({
      filePath: file,
      findings: finishFindings([...result.findings, ...(extra.get(file) ?? [])], result.suppressions, config),
      ...(result.record && { record: result.record }),
    }));
  }
}

/** Below this many files to lint, a worker thread's start-up costs more than it saves (bench/README.md). */
export const WORKER_THRESHOLD = 3000;

function unreadable(file: string, message: string, line = 1, column = 1): SourceLintResult {
  return { findings: [{ ruleId: 'file', severity: 'error', message, line, column, endLine: line, endColumn: column }], facts: { file }, suppressions: [] };
}

const TOP_LEVEL_ID = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"|>&*!][^#\n]*?))[ \t]*(?:#.*)?\r?$/dm;

/**
 * The id of a record that is not being linted, for cross-record rules: a top-level `id:` line is
 * enough, so only that line of the first 4 KB is decoded (the whole file is read only when the id
 * is further down), not parsed.
 */
function quickFacts(file: string): RecordFacts {
  const glance = readHeadLine(file, 'id:', (line) => TOP_LEVEL_ID.test(line));
  if (!glance) return { file };
  if (glance.found) return idFacts(file, glance.text, glance.line) ?? { file };
  if (glance.whole) return { file };
  const read = readSource(file);
  if (!read.ok) return { file };
  const match = TOP_LEVEL_ID.exec(read.text);
  return (match && idFacts(file, read.text.slice(match.index), read.text.slice(0, match.index).split('\n').length)) ?? { file };
}

/** The facts of a record whose `id:` line, numbered `line`, starts `text`; undefined when the line holds no id that can be read without parsing. */
function idFacts(file: string, text: string, line: number): RecordFacts | undefined {
  const match = TOP_LEVEL_ID.exec(text);
  if (!match || match.index !== 0) return undefined;
  const group = match[1] !== undefined ? 1 : match[2] !== undefined ? 2 : 3;
  const id = match[group]!;
  // The value's column, quotes included, as the parser reports an `id` value.
  const column = match.indices![group]![0] + (group === 3 ? 1 : 0);
  return { file, id, idRange: { line, column, endLine: line, endColumn: column + id.length + (group === 3 ? 0 : 2) } };
}
