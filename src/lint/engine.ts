import { dirname } from 'node:path';
import type { Config, RuleSetting } from '../load/config.js';
import { ConfigResolver } from '../load/config.js';
import { repositoryFiles } from '../load/discover.js';
import { decodeSource, readBytes } from '../load/source.js';
import type { FileResult, Finding } from '../model.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../rules/severity.js';
import type { RecordFacts, RepositoryRule } from '../rules/types.js';
import { VERSION } from '../version.js';
import { finishFindings, lintSource, type SourceLintResult } from './lint-source.js';

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
}

/** One file for the per-file phase, with the content hash of its cached result, if any. */
export interface FileTask {
  file: string;
  cachedHash?: string;
}

/** What the per-file phase found: the content hash and, unless the cached result still holds, the result. */
export interface FileOutcome {
  file: string;
  /** Undefined when the file could not be read (such results are not cached). */
  hash?: string;
  result?: SourceLintResult;
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

  constructor(private readonly options: LintOptions) {
    this.configs = new ConfigResolver(options.configPath, options.cwd);
  }

  async configFor(file: string): Promise<Config> {
    const config = await this.configs.forDirectory(dirname(file));
    if (!this.options.ruleOverrides) return config;
    return { ...config, rules: { ...config.rules, ...this.options.ruleOverrides } };
  }

  /** Lints files from disk. A ConfigError propagates: the caller exits 2. */
  async lintFiles(files: string[]): Promise<FileResult[]> {
    const configs = await Promise.all(files.map((file) => this.configFor(file)));
    const caching = this.options.cache ? await cacheModule() : undefined;
    const cache = caching?.LintCache.load(caching.cacheFilePath(this.options.cwd, this.options.cacheLocation), VERSION);
    const keys = cache ? await Promise.all(configs.map((config) => this.optionKey(config))) : [];
    const tasks: FileTask[] = files.map((file, index) => ({ file, cachedHash: cache?.hashFor(file, keys[index]!) }));

    const uncached = tasks.filter((task) => task.cachedHash === undefined).length;
    let outcomes: FileOutcome[];
    if (uncached >= WORKER_THRESHOLD) {
      const { lintInParallel } = await import('./workers.js');
      outcomes = await lintInParallel(tasks, this.options, (task) => this.lintTask(task));
    } else {
      outcomes = [];
      for (const task of tasks) outcomes.push(await this.lintTask(task));
    }

    const linted = outcomes.map(({ file, hash, result }, index): Linted => {
      const cached = result ?? cache!.result(file)!;
      if (cache && hash && result) cache.set(file, { hash, key: keys[index]!, result });
      return { file, config: configs[index]!, result: cached };
    });
    const problem = cache?.save();
    if (problem) this.warnings.push(problem);
    return this.finish(linted);
  }

  /** The per-file phase for one file on disk: read, hash, and lint unless the cached result holds. Run here or in a worker. */
  async lintTask({ file, cachedHash }: FileTask): Promise<FileOutcome> {
    const read = readBytes(file);
    if (!read.ok) return { file, result: unreadable(file, read.message) };
    const hash = this.options.cache ? (await cacheModule()).digest(read.bytes) : undefined;
    if (hash !== undefined && hash === cachedHash) return { file, hash };
    const source = decodeSource(read.bytes);
    if (!source.ok) return { file, hash, result: unreadable(file, source.message, source.line, source.column) };
    const config = await this.configFor(file);
    return { file, hash, result: lintSource(source.text, file, { config, asOf: this.options.asOf, inlineConfig: this.options.inlineConfig }) };
  }

  /** Lints text given on standard input as if it were `file`. */
  async lintText(text: string, file: string): Promise<FileResult[]> {
    const config = await this.configFor(file);
    const result = lintSource(text, file, { config, asOf: this.options.asOf, inlineConfig: this.options.inlineConfig });
    return this.finish([{ file, config, result }]);
  }

  /** Digest of what a file's result depends on besides its content; the privrec version is checked for the whole cache. */
  private async optionKey(config: Config): Promise<string> {
    let key = this.optionKeys.get(config);
    if (key === undefined) {
      const { positions: _positions, ...settings } = config;
      key = (await cacheModule()).digest(JSON.stringify([settings, this.options.asOf, this.options.inlineConfig, this.options.cwd]));
      this.optionKeys.set(config, key);
    }
    return key;
  }

  /** Runs the repository rules over every record of each repository, then applies suppressions. */
  private async finish(linted: Linted[]): Promise<FileResult[]> {
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
      const facts: RecordFacts[] = entries.map((entry) => entry.result.facts);
      if (configPath) {
        for (const file of await repositoryFiles(config)) {
          if (!lintedFiles.has(file)) facts.push(quickFacts(file));
        }
      }
      for (const rule of RULES) {
        if (rule.kind !== 'repository') continue;
        const severity = severityOf(rule, config);
        if (severity === 'off') continue;
        (rule as RepositoryRule).check({
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
    }));
  }
}

/** cache.ts loads node:crypto: only --cache pays for it. */
function cacheModule(): Promise<typeof import('./cache.js')> {
  return import('./cache.js');
}

/** Below this many files to lint, a worker thread's start-up costs more than it saves (bench/README.md). */
export const WORKER_THRESHOLD = 1000;

function unreadable(file: string, message: string, line = 1, column = 1): SourceLintResult {
  return { findings: [{ ruleId: 'file', severity: 'error', message, line, column, endLine: line, endColumn: column }], facts: { file }, suppressions: [] };
}

const TOP_LEVEL_ID = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"|>&*!][^#\n]*?))[ \t]*(?:#.*)?\r?$/m;

/**
 * The id of a record that is not being linted, for cross-record rules: a top-level `id:` line
 * is enough, so the file is read but not parsed.
 */
function quickFacts(file: string): RecordFacts {
  const read = readBytes(file);
  if (!read.ok) return { file };
  const text = read.bytes.toString('utf8');
  const match = TOP_LEVEL_ID.exec(text);
  if (!match) return { file };
  const line = text.slice(0, match.index).split('\n').length;
  const id = match[1] ?? match[2] ?? match[3]!;
  return { file, id, idRange: { line, column: 5, endLine: line, endColumn: 5 + id.length } };
}
