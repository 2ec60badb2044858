import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, type Config, type RuleSetting } from '../config.js';
import { selectRecordFiles } from '../load/discover.js';
import { MAX_RECORD_BYTES, decodeSource } from '../load/source.js';
import { changedFiles, GitError, isCommit } from '../load/git.js';
import { Linter } from '../lint/engine.js';
import type { FileResult } from '../model.js';
import { FORMAT_NAMES, formatContext, loadFormatter } from '../report/index.js';
import { countFindings } from '../report/text.js';
import { OutputError, refusalToWrite, writeFileAtomically } from '../output.js';
import type { FixedFile } from '../lint/fix.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../rules/severity.js';
import { shownPath } from '../paths.js';
import { UsageError, parseDate, today, wantsColor, writeError, writeOut } from './terminal.js';

export interface LintCommandOptions {
  config?: string;
  format?: string[];
  outputFile?: string[];
  quiet?: boolean;
  maxWarnings?: number;
  asOf?: string;
  rule?: string[];
  inlineConfig: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  changed?: string | boolean;
  cache?: boolean;
  cacheLocation?: string;
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
  /** List the files seen but not taken as records, and why, and the threads used. */
  debug?: boolean;
  concurrency?: number | 'auto' | 'off';
  /** Print the configuration that governs this file, resolved, instead of linting. */
  printConfig?: string;
  /** Apply the certain fixes to the linted records (the one write to a record). */
  fix?: boolean;
  /** Show the fixes as a diff, writing nothing. */
  fixDryRun?: boolean;
}

const SETTINGS = new Set<RuleSetting>(['off', 'warn', 'error']);

function ruleOverrides(values: string[] | undefined): Record<string, RuleSetting> | undefined {
  if (!values) return undefined;
  const known = new Set(ruleCatalogue().map((rule) => rule.id));
  const overrides: Record<string, RuleSetting> = {};
  for (const value of values) {
    const [id = '', setting = ''] = value.split(/[=:]/);
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule "${id}" (privrec rules lists them).`);
    if (!SETTINGS.has(setting as RuleSetting)) throw new UsageError(`--rule ${id}: the setting is off, warn or error, not "${setting}".`);
    overrides[id] = setting as RuleSetting;
  }
  return overrides;
}

/** Standard input's bytes, up to one byte past a record's limit: the rest is never read (decodeSource refuses it as too large). */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
    if (size > MAX_RECORD_BYTES) break;
  }
  process.stdin.destroy();
  return Buffer.concat(chunks).subarray(0, MAX_RECORD_BYTES + 1);
}

export async function runLint(patterns: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const formats = options.format ?? [process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish'];
  for (const name of formats) {
    if (!FORMAT_NAMES.includes(name)) throw new UsageError(`--format: unknown format "${name}" (one of ${FORMAT_NAMES.join(', ')}).`);
  }
  if ((options.outputFile?.length ?? 0) > formats.length) throw new UsageError('--output-file: each output file needs its own --format.');
  const targets = (options.outputFile ?? []).map((target) => resolve(cwd, target));
  for (const target of targets) {
    const refusal = refusalToWrite(target);
    if (refusal) throw new UsageError(`--output-file ${target}: ${refusal}.`);
  }
  if (options.cache) {
    const cacheFile = (await import('../lint/cache.js')).cacheFilePath(cwd, options.cacheLocation);
    const refusal = refusalToWrite(cacheFile);
    if (refusal) throw new UsageError(`--cache-location ${cacheFile}: ${refusal}.`);
  }
  const asOf = options.asOf ? parseDate(options.asOf, '--as-of') : today();
  const fixing = options.fix === true || options.fixDryRun === true;
  if (fixing && options.stdin) throw new UsageError('--fix and --fix-dry-run work on files, not on --stdin.');
  const linter = new Linter({
    cwd,
    configPath: options.config,
    asOf,
    inlineConfig: options.inlineConfig,
    ruleOverrides: ruleOverrides(options.rule),
    // A cached result carries no fixes: --fix lints afresh.
    cache: options.cache && !fixing,
    cacheLocation: options.cacheLocation,
    concurrency: options.concurrency,
  });

  if (options.printConfig) {
    const file = resolve(cwd, options.printConfig);
    const config = await linter.configFor(file).catch((error: unknown) => {
      if (error instanceof ConfigError) throw new UsageError(`the configuration cannot be used: ${error.message}`);
      throw error;
    });
    writeOut(`${JSON.stringify(resolvedConfig(config, file), null, 2)}\n`);
    return 0;
  }

  let changed = options.changed;
  if (typeof changed === 'string' && existsSync(resolve(cwd, changed)) && !(await isCommit(cwd, changed))) {
    // `privrec lint --changed records/`: commander takes records/ as the option's value. A path that is not a ref is a pattern.
    patterns = [...patterns, changed];
    changed = true;
  }
  const stdin = options.stdin ? { file: resolve(cwd, options.stdinFilename ?? '<stdin>'), source: decodeSource(await readStdin()) } : undefined;
  const context = formatContext(cwd, stdin && { file: stdin.file, text: stdin.source.ok ? stdin.source.text : '' });
  let results: FileResult[];
  try {
    if (stdin) {
      results = await linter.lintInput(stdin.source, stdin.file);
    } else {
      const config = await linter.configIn(cwd);
      const selection = await selectRecordFiles(patterns, { cwd, config, configFor: (file) => linter.configFor(file), allowUnmatched: !options.errorOnUnmatchedPattern });
      if (options.debug) for (const { file, reason } of selection.skipped) writeError(`privrec: skipped ${shownPath(file, cwd)}: not a record (${reason}).`);
      let files = selection.files;
      if (selection.repository) linter.knowRepository(selection.repository.configPath, selection.repository.files);
      if (changed !== undefined) files = await onlyChanged(files, cwd, changed);
      results = await linter.lintFiles(files);
      if (options.debug) writeError(`privrec: linted ${files.length} ${files.length === 1 ? 'file' : 'files'} on ${linter.threads} ${linter.threads === 1 ? 'thread' : 'threads'}.`);
      for (const warning of linter.warnings) writeError(`privrec: warning: ${warning}`);
      if (fixing) results = await fix(results, files, linter, options.fix === true, cwd);
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const report = (await loadFormatter('stylish', wantsColor(options.color, 2)))!;
    writeError(`privrec: the configuration cannot be used:${report([{ filePath: error.file, findings: error.findings }], context)}`);
    return 2;
  }

  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  const inputs = new Set(results.map((result) => result.filePath));
  for (const [index, name] of formats.entries()) {
    const target = targets[index];
    const formatter = (await loadFormatter(name, target ? false : wantsColor(options.color, 1)))!;
    const output = formatter(results, context);
    if (target) {
      try {
        writeFileAtomically(target, output.endsWith('\n') || output === '' ? output : `${output}\n`, inputs);
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        writeError(`privrec: --output-file: ${error.message}.`);
        return 2;
      }
    } else if (output) writeOut(output.endsWith('\n') ? output : `${output}\n`);
  }

  const { errors, warnings } = countFindings(results);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    writeError(`privrec: too many warnings (${warnings}); the maximum allowed is ${options.maxWarnings}.`);
    return 1;
  }
  return 0;
}

/**
 * Fixes the linted records that have certain fixes: writes them (--fix) and lints them again, or
 * shows the diff (--fix-dry-run). Each file's fixes are found again on the text it holds now.
 */
async function fix(results: FileResult[], files: string[], linter: Linter, write: boolean, cwd: string): Promise<FileResult[]> {
  const { diff, fixFile, fixesOf, writeFixed } = await import('../lint/fix.js');
  const fixed: FixedFile[] = [];
  for (const result of results) {
    if (!result.findings.some((finding) => finding.fix)) continue;
    const file = await fixFile(result.filePath, async (text) => fixesOf((await linter.lintText(text, result.filePath))[0]?.findings ?? []));
    if (file) fixed.push(file);
  }
  if (!write) {
    for (const file of fixed) writeOut(diff(file, shownPath(file.file, cwd)));
    return results;
  }
  for (const file of fixed) writeFixed(file);
  return fixed.length > 0 ? linter.lintFiles(files) : results;
}

/** What `--print-config` shows: the config as the engine uses it for `file`, every rule with its severity. */
function resolvedConfig(config: Config, file: string) {
  const { positions: _positions, rules: _rules, ...settings } = config;
  return { file, ...settings, path: config.path ?? null, rules: Object.fromEntries(RULES.map((rule) => [rule.id, severityOf(rule, config)])) };
}

/** The files among `files` that git reports changed since `ref` (true: since the default branch). */
async function onlyChanged(files: string[], cwd: string, ref: string | boolean): Promise<string[]> {
  const changed = await changedFiles(cwd, typeof ref === 'string' ? ref : undefined).catch((error: unknown) => {
    throw error instanceof GitError ? new UsageError(`--changed: ${error.message}`) : error;
  });
  const wanted = new Set(changed);
  return files.filter((file) => wanted.has(file));
}
