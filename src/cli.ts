import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { runLint } from './commands/lint.js';
import { UsageError, writeError } from './commands/terminal.js';
import { REGIME_IDS } from './generated/regime-ids.js';
import defaultRegime from './law/regimes/default.json' with { type: 'json' };
import { LANGS, OUTPUT_FORMATS } from './languages.js';
import { VERSION } from './version.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function program({ Command, Option }: typeof import('commander')): Command {
  const cli = new Command('privrec')
    .description('Records of processing activities as code: lint them, render notices and the public register.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run privrec --help for usage)')
    .exitOverride();

  cli
    .command('lint')
    .description('Check records against the schemas and the legal rules.')
    .argument('[patterns...]', 'record files, directories or globs (default: the records privrec.yaml names)')
    .option('-c, --config <file>', 'use this config instead of the nearest privrec.yaml')
    .option('-f, --format <name>', 'output format (repeatable): stylish, json, sarif, junit, github, gitlab', collect)
    .option('-o, --output-file <file>', 'write the output of the matching --format to a file (repeatable)', collect)
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => parseCount(v, '--max-warnings'))
    .option('--as-of <date>', 'evaluate date-dependent rules at this date (YYYY-MM-DD; default today)')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('--no-inline-config', 'ignore # privrec-disable-next-line comments')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <path>', 'the path to report (and find the config from) for --stdin')
    .option('--changed [ref]', 'lint the records changed since a git ref (default: merge base with the default branch)')
    .option('--cache', 'reuse results of unchanged files')
    .option('--cache-location <path>', 'cache file or directory (default .privrec-cache)')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--concurrency <n|auto|off>', 'threads that lint files: a number, auto (a worker per free core, for large runs; the default) or off', parseConcurrency)
    .option('--debug', 'list the files seen but not taken as records, and why, and the threads used')
    .option('--print-config <file>', 'print the configuration that governs a file, resolved, and exit')
    .option('--fix', 'apply the certain fixes to the linted records (UK -> GB, "6 months" -> P6M), keeping comments and layout')
    .option('--fix-dry-run', 'show the fixes as a diff, writing nothing')
    .addOption(new Option('--color', 'force colour'))
    .addOption(new Option('--no-color', 'no colour'))
    .action(async (patterns: string[], options) => {
      process.exitCode = await runLint(patterns, options);
    });

  cli
    .command('rules')
    .description('List every rule with its severity and description.')
    .option('-c, --config <file>', 'show severities under this config')
    .option('--format <name>', 'text or json', 'text')
    .action(async (options) => {
      const { runRules } = await import('./commands/rules.js');
      process.exitCode = await runRules(options);
    });

  cli
    .command('render')
    .description('Render notices, records, DPIAs or the public register as Markdown, HTML or Word documents, or the whole public site.')
    .argument('[records...]', 'record files, directories or globs (default: the records privrec.yaml names)')
    .addOption(new Option('--kind <kind>', 'what to render (default: notice)').choices(['notice', 'record', 'register', 'dpia']))
    .addOption(new Option('--format <format>', 'output format (default: md); docx lays the HTML page out as a Word document').choices(OUTPUT_FORMATS))
    .option('--out <dir>', 'output directory (default dist/)')
    .option('--site <dir>', 'build the public site into <dir>: the register as index.html, each record and notice, cross-linked')
    .addOption(
      new Option('--audience <audience>', 'public leaves out the items kept internal; internal shows all, marked (default: public; internal for --kind record and dpia)').choices([
        'public',
        'internal',
      ]),
    )
    .addOption(new Option('--lang <lang>', 'language of the built-in text').choices(LANGS))
    .option('--templates <dir>', 'directory of templates overriding the built-in ones')
    .option('-c, --config <file>', 'use this config instead of the nearest privrec.yaml')
    .option('--as-of <date>', 'evaluate date-dependent rules at this date (YYYY-MM-DD; default today)')
    .option('--force', 'render records whose notice would be incomplete, marking the gaps')
    .addOption(new Option('--no-color', 'no colour'))
    .action(async (records: string[], options) => {
      const { runRender } = await import('./commands/render.js');
      process.exitCode = await runRender(records, options);
    });

  cli
    .command('export')
    .description('Export the complete register to a spreadsheet: one sheet of records and one per repeated item, keyed by record.')
    .argument('[records...]', 'record files, directories or globs (default: the records privrec.yaml names)')
    .addOption(new Option('--format <format>', 'xlsx (one workbook) or csv (a folder of CSV files, one per sheet)').choices(['xlsx', 'csv']).default('xlsx'))
    .option('--out <path>', 'the workbook (default dist/register.xlsx) or the CSV folder (default dist/register-csv/)')
    .addOption(new Option('--lang <lang>', 'language of the sheet titles and column headings').choices(LANGS))
    .addOption(new Option('--audience <audience>', 'public leaves out the items kept internal (default); internal includes them').choices(['public', 'internal']))
    .option('-c, --config <file>', 'use this config instead of the nearest privrec.yaml')
    .option('--as-of <date>', 'evaluate date-dependent rules at this date (YYYY-MM-DD; default today)')
    .option('--force', 'export records that have errors too')
    .addOption(new Option('--no-color', 'no colour'))
    .action(async (records: string[], options) => {
      const { runExport } = await import('./commands/export.js');
      process.exitCode = await runExport(records, options);
    });

  cli
    .command('import')
    .description('Turn a register kept in a spreadsheet (.xlsx, .ods, .csv) into YAML records, one per row or sheet; never overwrites a file.')
    .argument('<file>', 'the spreadsheet, or a folder of CSV files written by `privrec export --format csv`')
    .requiredOption('--mapping <mapping>', 'ico, cnil, privrec (a privrec export), or a mapping file (privrec schema --kind mapping)')
    .option('--out <dir>', 'where the records are written', 'records')
    .option('--no-lint', 'do not lint the records written')
    .addOption(new Option('--no-color', 'no colour'))
    .action(async (file: string, options) => {
      const { runImport } = await import('./commands/import.js');
      process.exitCode = await runImport(file, options);
    });

  cli
    .command('init')
    .description('Scaffold a records repository (never overwrites a file).')
    .argument('[dir]', 'directory', '.')
    .option('--regime <regime>', `the regime of the records: ${REGIME_IDS.join(', ')} (default: ${defaultRegime.default})`)
    .option('--organisation <name>', 'name of the organisation')
    .action(async (dir: string, options) => {
      const { runInit } = await import('./commands/init.js');
      process.exitCode = await runInit(dir, options);
    });

  cli
    .command('new')
    .description('Create a new record with every required key present.')
    .argument('<id>', 'the record id, e.g. hr-001')
    .option('--dir <dir>', 'where to create it', '.')
    .option('--regime <regime>', `${REGIME_IDS.join(', ')} (default: from privrec.yaml)`)
    .action(async (id: string, options) => {
      const { runNew } = await import('./commands/new.js');
      process.exitCode = await runNew(id, options);
    });

  cli
    .command('schema')
    .description('Print the JSON Schema of a record, of the config, or of an import mapping.')
    .addOption(new Option('--kind <kind>', 'which schema').choices(['record', 'config', 'mapping']).default('record'))
    .action(async (options) => {
      const { runSchema } = await import('./commands/schema.js');
      process.exitCode = await runSchema(options);
    });

  cli
    .command('lsp')
    .description('Run the Language Server (LSP over stdio) for editors: findings as you type, hover, completion, quick fixes.')
    .option('--stdio', 'talk over standard input and output (the only transport; accepted for editors that pass it)')
    .action(async () => {
      const { runLsp } = await import('./commands/lsp.js');
      process.exitCode = await runLsp();
    });

  cli
    .command('explain')
    .description("Show a rule's documentation.")
    .argument('<rule-id>', 'the rule id')
    .action(async (ruleId: string) => {
      const { runExplain } = await import('./commands/explain.js');
      process.exitCode = await runExplain(ruleId);
    });

  return cli;
}

function parseConcurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--concurrency takes a number of threads, auto or off, not "${value}".`);
  return Number(value);
}

function parseCount(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number, not "${value}".`);
  return Number(value);
}

/** Runs the CLI. Exit codes as ESLint: 0 clean or warnings, 1 errors, 2 usage or internal failure. */
export async function main(argv: string[]): Promise<void> {
  let commander: typeof import('commander') | undefined;
  try {
    const [, , command, ...args] = argv;
    if (command === 'lint' && args.length > 0 && args.every((arg) => !arg.startsWith('-'))) {
      // `privrec lint <file>...`, the pre-commit hook, does without commander: initialising it
      // loads node:child_process, and with it net and streams (~2 ms). These are its defaults.
      process.exitCode = await runLint(args, { inlineConfig: true, errorOnUnmatchedPattern: true });
      return;
    }
    // Required, not imported: the bundle keeps commander in its main chunk (code-cached) but runs it
    // only here, where an ES import would have it initialised with the chunk, on every run.
    commander = createRequire(import.meta.url)('commander') as typeof import('commander');
    await program(commander).parseAsync(argv);
  } catch (error) {
    if (commander && error instanceof commander.CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      writeError(`privrec: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    const detail = process.env.PRIVREC_DEBUG ? `\n${(error as Error)?.stack ?? String(error)}` : ' (set PRIVREC_DEBUG=1 for details)';
    writeError(`privrec: internal error: ${(error as Error)?.message ?? String(error)}${detail}`);
    process.exitCode = 2;
  }
}
