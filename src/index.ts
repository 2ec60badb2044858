/** Programmatic API: the same engine the CLI runs. */
export { Linter, type LintOptions, type LintResult } from './lint/engine.js';
export { lintSource, type SourceLintOptions, type SourceLintResult } from './lint/lint-source.js';
export { loadConfig, defaultConfig, findConfigFile, ConfigError, type Config } from './config.js';
export { parseYaml, type ParsedYaml } from './load/yaml.js';
export type { FileResult, Finding, Regime, Severity, SourceRange } from './model.js';
export type * from './record.js';
export { RULES } from './rules/index.js';
export type { Rule, RecordRule, RepositoryRule, RuleMeta } from './rules/types.js';
