import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Config, RuleSetting } from '../load/config.js';
import { ConfigResolver } from '../load/config.js';
import { repositoryFiles } from '../load/discover.js';
import { readSource } from '../load/source.js';
import type { FileResult, Finding } from '../model.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../rules/severity.js';
import type { RecordFacts, RepositoryRule } from '../rules/types.js';
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
}

interface Linted {
  file: string;
  config: Config;
  result: SourceLintResult;
}

export class Linter {
  private readonly configs: ConfigResolver;

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
    const linted: Linted[] = [];
    for (const file of files) {
      const config = await this.configFor(file);
      const source = await readSource(file);
      const result: SourceLintResult = source.ok
        ? lintSource(source.text, file, { config, asOf: this.options.asOf, inlineConfig: this.options.inlineConfig })
        : { findings: [fileFinding(source.message, source.line, source.column)], facts: { file }, suppressions: [] };
      linted.push({ file, config, result });
    }
    return this.finish(linted);
  }

  /** Lints text given on standard input as if it were `file`. */
  async lintText(text: string, file: string): Promise<FileResult[]> {
    const config = await this.configFor(file);
    const result = lintSource(text, file, { config, asOf: this.options.asOf, inlineConfig: this.options.inlineConfig });
    return this.finish([{ file, config, result }]);
  }

  /** Runs the repository rules over every record of each repository, then applies suppressions. */
  private async finish(linted: Linted[]): Promise<FileResult[]> {
    const extra = new Map<string, Finding[]>();
    const lintedFiles = new Set(linted.map((entry) => entry.file));
    const byRepository = new Map<string, Linted[]>();
    for (const entry of linted) {
      const key = entry.config.path ?? '';
      byRepository.set(key, [...(byRepository.get(key) ?? []), entry]);
    }
    for (const [configPath, entries] of byRepository) {
      const config = entries[0]!.config;
      const facts: RecordFacts[] = entries.map((entry) => entry.result.facts);
      if (configPath) {
        for (const file of await repositoryFiles(config)) {
          if (!lintedFiles.has(file)) facts.push(await quickFacts(file));
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
            extra.set(file, [...(extra.get(file) ?? []), { ruleId: rule.id, severity, message, ...range }]);
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

function fileFinding(message: string, line = 1, column = 1): Finding {
  return { ruleId: 'file', severity: 'error', message, line, column, endLine: line, endColumn: column };
}

const TOP_LEVEL_ID = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"|>&*!][^#\n]*?))[ \t]*(?:#.*)?\r?$/m;

/**
 * The id of a record that is not being linted, for cross-record rules: a top-level `id:` line
 * is enough, so the file is not parsed.
 */
async function quickFacts(file: string): Promise<RecordFacts> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const match = TOP_LEVEL_ID.exec(text);
  if (!match) return { file };
  const line = text.slice(0, match.index).split('\n').length;
  const id = match[1] ?? match[2] ?? match[3]!;
  return { file, id, idRange: { line, column: 5, endLine: line, endColumn: 5 + id.length } };
}
