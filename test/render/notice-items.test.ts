/** Every item Art. 15/16 of 2018/1725 (Art. 13/14 GDPR) requires is in each rendered notice of the examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/load/discover.js';
import { findConfigFile, loadConfig } from '../../src/config.js';
import { parseYaml } from '../../src/load/yaml.js';
import { groundFor, regimeInfo } from '../../src/law/index.js';
import { rendersNotice, type RecordData } from '../../src/record.js';
import { translate } from '../../src/render/i18n.js';
import { ROOT } from '../helpers.js';
import { LANGS, render, tempDir } from './helpers.js';

/** The sections of a notice, in the order of Art. 15/16 (Art. 13/14), by anchor id. */
const ORDER = [
  'controller', // 15(1)(a) / 13(1)(a)
  'dpo', // 15(1)(b) / 13(1)(b)
  'purposes', // 15(1)(c) / 13(1)(c)
  'legal-basis', // 15(1)(c) / 13(1)(c)
  'legitimate-interests', // 13(1)(d), GDPR 6(1)(f) only
  'data-categories', // 16(1)(d) / 14(1)(d)
  'recipients', // 15(1)(d) / 13(1)(e)
  'transfers', // 15(1)(e) / 13(1)(f)
  'retention', // 15(2)(a) / 13(2)(a)
  'rights', // 15(2)(b) / 13(2)(b)
  'withdraw-consent', // 15(2)(c) / 13(2)(c), where consent is a basis
  'complaint', // 15(2)(d) / 13(2)(d)
  'requirement', // 15(2)(e) / 13(2)(e)
  'source', // 16(2)(e) / 14(2)(f)
  'automated-decisions', // 15(2)(f) / 13(2)(f)
];

interface Example {
  id: string;
  record: RecordData;
  expected: string[];
  rendered: boolean;
}

/** The examples whose notice privrec renders (the EDPS register publishes none). */
async function examples(): Promise<Example[]> {
  const { files } = await discoverFiles(['examples'], ROOT);
  const all = await Promise.all(
    files.map(async (file) => {
      const config = await loadConfig(findConfigFile(dirname(file))!);
      const record = parseYaml(readFileSync(file, 'utf8')).data as RecordData;
      const regime = record.regime ?? config.regime;
      const kinds = (record.legal_basis ?? []).map((basis) => groundFor(regime, basis.article)?.kind);
      const applies: Record<string, boolean> = {
        dpo: regime === 'eudpr' || record.dpo !== undefined || (record.controllers ?? []).some((controller) => 'ref' in controller && config.parties[controller.ref!]?.dpo !== undefined),
        'legitimate-interests': kinds.includes('legitimate-interests'),
        'withdraw-consent': kinds.includes('consent'),
        requirement: regimeInfo(regime).articles.notice_requirement !== null || record.notice?.requirement !== undefined,
      };
      return { id: record.id, record, rendered: rendersNotice(record, config), expected: ORDER.filter((id) => applies[id] ?? true) };
    }),
  );
  return all.filter((example) => example.rendered);
}

describe.each(LANGS)('notices of the examples in %s', (lang) => {
  it('have every required section, in the regime order (HTML anchors and Markdown headings)', async () => {
    const out = tempDir();
    for (const format of ['html', 'md']) {
      const result = render(['examples', '--kind', 'notice', '--format', format, '--lang', lang, '--force', '--out', out]);
      expect(result.status, result.stderr).toBe(0);
    }
    const all = await examples();
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const { id, expected } of all) {
      const html = readFileSync(join(out, `${id}.notice.html`), 'utf8');
      expect(
        [...html.matchAll(/<section id="([a-z-]+)">/g)].map((m) => m[1]),
        id,
      ).toEqual(expected);
      expect(html).toContain(`<html lang="${lang}">`);

      const md = readFileSync(join(out, `${id}.notice.md`), 'utf8');
      const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings, id).toEqual(expected.map((section) => translate(lang, `section.${section}`)));
    }
  });
});

describe('colons after labels', () => {
  const labels = (lang: (typeof LANGS)[number]) =>
    Object.values(JSON.parse(readFileSync(join(ROOT, `src/render/i18n/${lang}.json`), 'utf8')).label as Record<string, string>).filter((label) => !label.includes('{'));

  it.each(LANGS)('are written as %s writes them (French: a no-break space before the colon)', (lang) => {
    const out = tempDir();
    for (const format of ['html', 'md']) {
      for (const kind of ['notice', 'record']) expect(render(['examples', '--kind', kind, '--format', format, '--lang', lang, '--force', '--out', out]).status).toBe(0);
    }
    const pages = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'));
    const [right, wrong] = lang === 'fr' ? ['\u00a0:', ':'] : [':', '\u00a0:'];
    const found = labels(lang).filter((label) => pages.some((page) => page.includes(`${label}${right}`)));
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const label of labels(lang))
      expect(
        pages.filter((page) => page.includes(`${label}${wrong}`)),
        label,
      ).toEqual([]);
  });
});
