/**
 * The public site (`render --site`): the register as index.html, a record page per record and a
 * notice page per record and language, cross-linked, with breadcrumbs, a language switch, the
 * organisation and its DPO on every page, and a small inline script that filters the register.
 * Static files only: no request leaves a page, and every page works without JavaScript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { regimeOf, type Config } from '../config.js';
import type { OutputFile } from '../output.js';
import { rendersNotice, type RecordData } from '../record.js';
import { translate, type Lang } from './i18n.js';
import { loadPage, type Page } from './templates.js';
import { outputFileName, recordView, registerView, type DpoView, type SiteView } from './view-model.js';
import type { Audience } from './visibility.js';

export interface SiteItem {
  record: RecordData;
  config: Config;
}

export interface SiteOptions {
  /** The site's first language; its pages keep the plain names (`<id>.notice.html`). */
  lang: Lang;
  /** Every language of the notices, the first language among them. */
  languages: readonly Lang[];
  audience: Audience;
  asOf: string;
  organisation: string | null;
}

const FILTER_SCRIPT = new URL('../../templates/site/register-filter.js', import.meta.url);

/** The script as the page carries it, and the hash its Content-Security-Policy allows it by. */
function filterScript(): { source: string; hash: string } {
  const source = readFileSync(FILTER_SCRIPT, 'utf8');
  return { source, hash: `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}` };
}

export function noticePageName(id: string, lang: Lang, site: SiteOptions): string {
  return lang === site.lang ? outputFileName('notice', 'html', id) : `${id}.notice.${lang}.html`;
}

/** The DPO every record names first (the organisation's), for the register's footer; null when they differ. */
function sharedDpo(dpos: readonly (DpoView | undefined)[]): DpoView | null {
  const named = dpos.filter((dpo): dpo is DpoView => dpo !== undefined);
  const key = (dpo: DpoView) => JSON.stringify([dpo.name, dpo.contact?.email ?? null, dpo.contact?.url ?? null]);
  return named.length > 0 && named.every((dpo) => key(dpo) === key(named[0]!)) ? named[0]! : null;
}

export interface SitePages {
  register: Page;
  record: Page;
  notice: Page;
}

/** The site's page templates, read before any record so that a broken template is reported first. */
export async function loadSitePages(templatesDir: string | undefined): Promise<SitePages> {
  const [register, record, notice] = await Promise.all((['register', 'record', 'notice'] as const).map((kind) => loadPage(kind, 'html', templatesDir)));
  return { register: register!, record: record!, notice: notice! };
}

export function buildSite(items: readonly SiteItem[], pages: SitePages, options: SiteOptions): OutputFile[] {
  const { register: registerPage, record: recordPage, notice: noticePage } = pages;
  const { lang, audience, asOf, organisation } = options;
  const home = 'index.html';
  const homeCrumb = { label: translate(lang, 'site.home'), href: home };
  const site = (breadcrumbs: SiteView['breadcrumbs'], dpo: DpoView | null, languages: SiteView['languages'] = []): SiteView => ({
    home,
    organisation,
    breadcrumbs,
    languages,
    script: null,
    dpo,
  });

  const outputs: OutputFile[] = [];
  const dpos: (DpoView | undefined)[] = [];
  for (const { record, config } of items) {
    const regime = regimeOf(record, config);
    const view = recordView(record, { kind: 'record', format: 'html', lang, audience, regime, asOf, config });
    const recordFile = outputFileName('record', 'html', record.id);
    dpos.push(view.dpos[0]);
    outputs.push({ name: recordFile, content: recordPage({ ...view, site: site([homeCrumb, { label: view.title, href: null }], view.dpos[0] ?? null) }) });
    if (!rendersNotice(record, config)) continue;
    for (const noticeLang of options.languages) {
      const notice = recordView(record, { kind: 'notice', format: 'html', lang: noticeLang, audience, regime, asOf, config });
      const switcher =
        options.languages.length < 2
          ? []
          : options.languages.map((other) => ({
              lang: other,
              name: translate(other, `site.language.${other}`),
              href: noticePageName(record.id, other, options),
              current: other === noticeLang,
            }));
      const crumbs = [
        { label: translate(noticeLang, 'site.home'), href: home },
        { label: notice.title, href: recordFile },
        { label: translate(noticeLang, 'site.notice'), href: null },
      ];
      outputs.push({ name: noticePageName(record.id, noticeLang, options), content: noticePage({ ...notice, site: site(crumbs, notice.dpos[0] ?? null, switcher) }) });
    }
  }

  const register = registerView(items, lang, 'html', organisation, audience);
  outputs.unshift({ name: home, content: registerPage({ ...register, site: { ...site([{ label: homeCrumb.label, href: null }], sharedDpo(dpos)), script: filterScript() } }) });
  return outputs;
}
