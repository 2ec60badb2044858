import { resolve } from 'node:path';
import { regimeOf, type Config } from '../config.js';
import { selectRecordFiles } from '../load/discover.js';
import { Linter } from '../lint/engine.js';
import { triage, type Renderable } from '../lint/usable.js';
import type { FileResult } from '../model.js';
import { rendersNotice, roleOf, type RecordData } from '../record.js';
import { formatContext } from '../report/index.js';
import { stylish } from '../report/stylish.js';
import { chooseLang, type Lang } from '../render/i18n.js';
import { writeAtomically, type OutputFile } from '../output.js';
import { buildSite, loadSitePages } from '../render/site.js';
import { TemplateError, loadPage, type Page } from '../render/templates.js';
import type { Audience } from '../render/visibility.js';
import { outputFileName, recordView, registerView, type Kind, type OutputFormat } from '../render/view-model.js';
import { reportStop } from './failure.js';
import { UsageError, parseDate, today, wantsColor, writeError, writeOut } from './terminal.js';
import { shownPath } from '../paths.js';

export interface RenderCommandOptions {
  kind?: Kind;
  format?: OutputFormat;
  /** Build the whole public site into this directory. */
  site?: string;
  audience?: Audience;
  out?: string;
  lang?: Lang;
  templates?: string;
  config?: string;
  asOf?: string;
  force?: boolean;
  color?: boolean;
}

/** The site, the register and the notices are published; a record page or a DPIA alone is for the DPO's office. */
function defaultAudience(kind: Kind | 'site'): Audience {
  return kind === 'record' || kind === 'dpia' ? 'internal' : 'public';
}

export async function runRender(patterns: string[], options: RenderCommandOptions): Promise<number> {
  const cwd = process.cwd();
  if (options.site !== undefined && (options.kind !== undefined || options.format !== undefined || options.out !== undefined)) {
    writeError('privrec: --site builds every page as HTML into its directory: leave out --kind, --format and --out.');
    return 2;
  }
  const kind = options.kind ?? 'notice';
  const format = options.format ?? 'md';
  const target = options.site !== undefined ? 'site' : kind;
  const asOf = options.asOf ? parseDate(options.asOf, '--as-of') : today();
  const formatter = await stylish(wantsColor(options.color === false ? false : undefined, 2));
  const context = formatContext(cwd);
  const report = (results: FileResult[]) => formatter(results, context);

  try {
    const linter = new Linter({ cwd, configPath: options.config, asOf, inlineConfig: true, keepRecords: true });
    const baseConfig = await linter.configIn(cwd);
    const templatesDir = options.templates ? resolve(cwd, options.templates) : baseConfig.templates;
    const outDir =
      options.site !== undefined ? resolve(cwd, options.site) : options.out ? resolve(cwd, options.out) : baseConfig.render.out ? resolve(baseConfig.dir, baseConfig.render.out) : resolve(cwd, 'dist');
    const audience = options.audience ?? baseConfig.render.audience ?? defaultAudience(target);
    // Templates first: a broken template is reported before any record is linted.
    const sitePages = target === 'site' ? await loadSitePages(templatesDir) : null;
    // A document is laid out from the HTML page, by the same templates.
    const html = sitePages ? null : await loadPage(kind, format === 'docx' ? 'html' : format, templatesDir);
    const page = html && format === 'docx' ? await documentFrom(html) : html;

    const { files } = await selectRecordFiles(patterns, { cwd, config: baseConfig, configFor: (file) => linter.configFor(file) });
    if (files.length === 0) throw new UsageError(`No records found under ${baseConfig.dir}.`);
    const triaged = await triage(linter, files, target, options.force === true);
    const { blocked, forced } = triaged;
    const renderable = inScope(target, triaged.renderable, blocked.length, cwd);
    const outputs: OutputFile[] = [];
    // Pages link to each other by file name; a document's links to other pages lead nowhere and are kept as text.
    const linkFormat = format === 'docx' ? 'html' : format;
    if (sitePages) {
      const lang = siteLang(renderable, baseConfig, options);
      const languages = options.lang ? [lang] : [lang, ...(baseConfig.render.languages ?? []).filter((other) => other !== lang)];
      outputs.push(...buildSite(renderable, sitePages, { lang, languages, audience, asOf, organisation: organisationOf(renderable, baseConfig) }));
    } else if (page && kind === 'register') {
      const view = registerView(renderable, siteLang(renderable, baseConfig, options), linkFormat, organisationOf(renderable, baseConfig), audience);
      outputs.push({ name: outputFileName('register', format), content: await page(view) });
    } else if (page && kind !== 'register') {
      for (const { record, config } of renderable) {
        const lang = chooseLang(options.lang, config, record.language);
        const view = recordView(record, { kind, format: linkFormat, lang, audience, regime: regimeOf(record, config), asOf, config });
        outputs.push({ name: outputFileName(kind, format, record.id), content: await page(view) });
      }
    }

    const written = writeAtomically(outDir, outputs);
    const unchanged = outputs.length - written.length;
    writeOut(`privrec: ${written.length} written${unchanged > 0 ? `, ${unchanged} unchanged` : ''} in ${shownPath(outDir, cwd)}\n`);
    if (forced.length > 0) writeError(`privrec: rendered with gaps marked (--force): ${forced.map((file) => shownPath(file, cwd)).join(', ')}`);
    if (blocked.length === 0) return 0;
    writeError(
      `${report(blocked)}\nprivrec: ${blocked.length} record${blocked.length === 1 ? '' : 's'} not rendered${options.force ? '' : ' (--force renders those that can be read, with the gaps marked)'}.`,
    );
    return 1;
  } catch (error) {
    const stopped = reportStop(error, report);
    if (stopped !== undefined) return stopped;
    if (error instanceof TemplateError) {
      writeError(`privrec: template error: ${shownPath(error.file, cwd)}${error.message.slice(error.file.length)}`);
      return 2;
    }
    throw error;
  }
}

/** Renders the HTML page and lays it out as a Word document; docx is loaded only here. */
async function documentFrom(html: Page): Promise<(view: object) => Promise<Uint8Array>> {
  const { htmlToDocx } = await import('../render/docx.js');
  return (view) => htmlToDocx(html(view));
}

/**
 * The records a page kind applies to: notices those whose notice privrec renders, DPIA pages
 * those with a `dpia`. Says which were left out, and throws when none is left to render.
 */
function inScope(target: Kind | 'site', items: Renderable[], blocked: number, cwd: string): Renderable[] {
  if (target === 'notice') {
    const registerOnly = items.filter(({ record, config }) => !rendersNotice(record, config));
    if (registerOnly.length === 1) writeError(`privrec: ${shownPath(registerOnly[0]!.file, cwd)}: no notice rendered: ${whyRegisterOnly(registerOnly[0]!.record, registerOnly[0]!.config)}.`);
    if (registerOnly.length > 1)
      writeError(`privrec: no notice rendered for ${registerOnly.length} register-only records (no \`notice\` key, \`notice.render: false\` or \`notices: false\` in privrec.yaml).`);
    const inScope = items.filter((item) => !registerOnly.includes(item));
    if (registerOnly.length > 0 && inScope.length === 0 && blocked === 0) throw new UsageError('No record in scope for notices: each is register-only (see `notices` in docs/format.md).');
    return inScope;
  }
  if (target === 'dpia') {
    const withoutDpia = items.filter(({ record }) => record.dpia === undefined);
    if (withoutDpia.length > 0) writeError(`privrec: no DPIA page for ${withoutDpia.length === 1 ? shownPath(withoutDpia[0]!.file, cwd) : `${withoutDpia.length} records`}: no \`dpia\` key.`);
    const inScope = items.filter((item) => !withoutDpia.includes(item));
    if (inScope.length === 0 && blocked === 0) throw new UsageError('No record has a `dpia` to render.');
    return inScope;
  }
  return items;
}

/** Why a record's notice is not privrec's to render (rendersNotice). */
function whyRegisterOnly(record: RecordData, config: Config): string {
  if (roleOf(record) === 'processor') return "it is a processor's record (`role: processor`): the controllers it works for inform the data subjects";
  if (record.notice?.render === false) return 'the record is register-only (`notice.render: false`)';
  if (config.notices === false) return `${shownPath(config.path ?? 'privrec.yaml')} sets \`notices: false\` (a register-only repository)`;
  return 'the record is register-only: it has no `notice` key and privrec.yaml does not set `notices: true`';
}

const shared = <T>(values: T[]): T | undefined => (new Set(values).size === 1 ? values[0] : undefined);

/** The register's and the site's language: the current directory's config's, else the one all records share. */
function siteLang(items: readonly Renderable[], baseConfig: Config, options: RenderCommandOptions): Lang {
  return chooseLang(options.lang, baseConfig, shared(items.map(({ record }) => record.language)));
}

/** The organisation the register is of: the current directory's config's, else the one all records' configs name. */
function organisationOf(items: readonly Renderable[], baseConfig: Config): string | null {
  return baseConfig.organisation ?? shared(items.map(({ config }) => config.organisation)) ?? null;
}
