/**
 * Lint and render agree: a record with no error renders every kind, in every language and
 * format, without a gap marker. Checked on the complete records and the fixtures, and on each of
 * them with one top-level key taken away at a time, with and without the notice in scope.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { defaultConfig, regimeOf, type Config } from '../../src/config.js';
import { finishFindings, lintSource } from '../../src/lint/lint-source.js';
import { rendersNotice, type RecordData } from '../../src/record.js';
import { LANGS, translate } from '../../src/render/i18n.js';
import { loadPage } from '../../src/render/templates.js';
import { recordView, registerView, type Format, type Kind } from '../../src/render/view-model.js';
import { ROOT } from '../helpers.js';
import { EUDPR_RECORD, GDPR_RECORD } from '../rules/records.js';

const AS_OF = '2026-11-28';
const FIXTURES = join(ROOT, 'test/fixtures/records');

const sources: [string, string][] = [
  ['GDPR_RECORD', GDPR_RECORD],
  ['EUDPR_RECORD', EUDPR_RECORD],
  ...readdirSync(FIXTURES).map((name): [string, string] => [name, readFileSync(join(FIXTURES, name), 'utf8')]),
];

/** Each source, then each source without one of its top-level keys. */
function variants(): { name: string; yaml: string }[] {
  return sources.flatMap(([name, yaml]) => {
    const keys = (parseDocument(yaml).toJS() as Record<string, unknown>) ?? {};
    const without = Object.keys(keys)
      .filter((key) => key !== 'privrec' && key !== 'id')
      .map((key) => {
        const document = parseDocument(yaml);
        document.delete(key);
        return { name: `${name} without ${key}`, yaml: document.toString() };
      });
    return [{ name, yaml }, ...without];
  });
}

const markers = LANGS.map((lang) => translate(lang, 'missing', { item: '' }).replace(/\]$/, ''));
const pages = new Map<string, Awaited<ReturnType<typeof loadPage>>>();
async function page(kind: Kind, format: Format) {
  const key = `${kind}.${format}`;
  if (!pages.has(key)) pages.set(key, await loadPage(kind, format));
  return pages.get(key)!;
}

describe.each([
  ['notices rendered', { notices: true }],
  ['register-only', { notices: false }],
])('lint and render agree (%s)', (_, scope) => {
  const cases = variants();

  it('has many records without errors to check', () => {
    const clean = cases.filter(({ yaml }) => errorsOf(yaml, scope).length === 0);
    expect(clean.length).toBeGreaterThan(10);
  });

  it.each(cases)('$name: no gap marker unless lint reports an error', async ({ yaml }) => {
    const errors = errorsOf(yaml, scope);
    if (errors.length > 0) return;
    const record = parseDocument(yaml).toJS() as RecordData;
    const config: Config = { ...defaultConfig('/tmp'), ...scope };
    const regime = regimeOf(record, config);
    const kinds: ('notice' | 'record')[] = rendersNotice(record, config) ? ['notice', 'record'] : ['record'];
    for (const format of ['md', 'html'] as const) {
      for (const lang of LANGS) {
        const outputs = [
          ...(await Promise.all(kinds.map(async (kind) => (await page(kind, format))(recordView(record, { kind, format, lang, audience: 'internal', regime, asOf: AS_OF, config }))))),
          (await page('register', format))(registerView([{ record, config }], lang, format, null, 'internal')),
        ];
        for (const output of outputs) for (const marker of markers) expect(output, `${format} ${lang}`).not.toContain(marker);
      }
    }
  });
});

function errorsOf(yaml: string, scope: Partial<Config>): string[] {
  const config: Config = { ...defaultConfig('/tmp'), ...scope };
  const result = lintSource(yaml, '/tmp/record.yaml', { config, asOf: AS_OF, inlineConfig: true });
  return finishFindings(result.findings, result.suppressions, config)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.ruleId}@${finding.line}`);
}
