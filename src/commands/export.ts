/**
 * `privrec export --format xlsx|csv`: the complete register as a workbook (or a folder of CSV
 * files) for auditors, management and authorities (Art. 31(4) of 2018/1725, Art. 30(4) GDPR: the
 * records made available on request). The same record selection as render, and the same refusal
 * to export a record whose errors leave it incomplete unless --force.
 */
import { basename, dirname, resolve } from 'node:path';
import { regimeOf } from '../config.js';
import { selectRecordFiles } from '../load/discover.js';
import { Linter } from '../lint/engine.js';
import { triage } from '../lint/usable.js';
import type { FileResult } from '../model.js';
import { writeAtomically, type OutputFile } from '../output.js';
import { shownPath } from '../paths.js';
import { formatContext } from '../report/index.js';
import { stylish } from '../report/stylish.js';
import { chooseLang, type Lang } from '../render/i18n.js';
import { forAudience, internalItems, type Audience } from '../render/visibility.js';
import { registerSheets } from '../spreadsheet/layout.js';
import { tablesOf } from '../export/cells.js';
import { reportStop } from './failure.js';
import { UsageError, parseDate, today, wantsColor, writeError, writeOut } from './terminal.js';

export interface ExportCommandOptions {
  format: 'xlsx' | 'csv';
  out?: string;
  lang?: Lang;
  audience?: Audience;
  config?: string;
  asOf?: string;
  force?: boolean;
  color?: boolean;
}

export async function runExport(patterns: string[], options: ExportCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const asOf = options.asOf ? parseDate(options.asOf, '--as-of') : today();
  const formatter = await stylish(wantsColor(options.color === false ? false : undefined, 2));
  const report = (results: FileResult[]) => formatter(results, formatContext(cwd));
  try {
    const linter = new Linter({ cwd, configPath: options.config, asOf, inlineConfig: true, keepRecords: true });
    const baseConfig = await linter.configIn(cwd);
    const { files } = await selectRecordFiles(patterns, { cwd, config: baseConfig, configFor: (file) => linter.configFor(file) });
    if (files.length === 0) throw new UsageError(`No records found under ${baseConfig.dir}.`);
    const { renderable, blocked, forced } = await triage(linter, files, 'export', options.force === true);
    // Internal items (contracts, DPIAs, ...) only for an internal audience, as on the pages.
    const audience = options.audience ?? 'public';
    // Each record states its regime, which privrec.yaml may have given: the sheet is read without it.
    const records = renderable.map(({ record, config }) => {
      const regime = regimeOf(record, config);
      return { ...forAudience(record, internalItems(audience, regime, config), 'record', regime).record, regime };
    });
    const lang = chooseLang(options.lang, baseConfig, undefined);
    const tables = tablesOf(registerSheets(records), lang);

    const defaultDir = baseConfig.render.out ? resolve(baseConfig.dir, baseConfig.render.out) : resolve(cwd, 'dist');
    let target: string;
    let outputs: OutputFile[];
    if (options.format === 'xlsx') {
      const { writeXlsx } = await import('../export/xlsx.js');
      target = options.out ? resolve(cwd, options.out) : resolve(defaultDir, 'register.xlsx');
      outputs = [{ name: basename(target), content: await writeXlsx(tables) }];
      writeAtomically(dirname(target), outputs);
    } else {
      const { csvFileName, writeCsv } = await import('../export/csv.js');
      target = options.out ? resolve(cwd, options.out) : resolve(defaultDir, 'register-csv');
      outputs = tables.map((table) => ({ name: csvFileName(table), content: writeCsv(table) }));
      writeAtomically(target, outputs);
    }
    const rows = tables.reduce((sum, table) => sum + table.rows.length, 0);
    writeOut(
      `privrec: ${records.length} record${records.length === 1 ? '' : 's'} exported (${tables.length} sheets, ${rows} rows${audience === 'internal' ? ', internal items included' : ''}) to ${shownPath(target, cwd)}\n`,
    );
    if (forced.length > 0) writeError(`privrec: exported with errors (--force): ${forced.map((file) => shownPath(file, cwd)).join(', ')}`);
    if (blocked.length === 0) return 0;
    writeError(`${report(blocked)}\nprivrec: ${blocked.length} record${blocked.length === 1 ? '' : 's'} not exported${options.force ? '' : ' (--force exports those that can be read)'}.`);
    return 1;
  } catch (error) {
    const stopped = reportStop(error, report);
    if (stopped !== undefined) return stopped;
    throw error;
  }
}
