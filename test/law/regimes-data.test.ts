/**
 * A regime is data: everything privrec needs to know of one, and nothing in the code. This test
 * lists what a new regime must bring (docs/architecture.md, "Adding a regime") and fails, naming
 * the file, when a regime lacks any of it: so that adding one is filling in data, never code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIMES, groundsFor, regimeInfo, rights, specialCategories, specialConditions } from '../../src/law/index.js';
import { LANGS, message } from '../../src/render/i18n.js';
import { ROOT } from '../helpers.js';

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe.each(REGIMES)('the regime %s, as data', (regime) => {
  it('src/law/regimes.json: its articles, citation form, names, authority, internal items and DPO rule', () => {
    const info = regimeInfo(regime);
    expect(info.citation).toContain('{article}');
    expect(info.names.length).toBeGreaterThan(0);
    expect(['always', 'public-authorities']).toContain(info.dpo_designation);
    for (const key of ['record', 'notice_direct', 'notice_indirect', 'lawful_grounds', 'dpia'] as const) expect(info.articles[key], key).toBeTruthy();
  });

  it('src/law/grounds.json, rights.json, special-categories.json: its grounds and the articles of each right and category', () => {
    expect(groundsFor(regime).length).toBeGreaterThan(0);
    for (const right of rights) expect(right.articles[regime], right.id).toBeTruthy();
    for (const category of specialCategories) expect(category.articles[regime], category.id).toBeTruthy();
    expect(specialConditions(regime).length).toBeGreaterThan(0);
  });

  it('schemas/requirements/: what its record and its notice must hold', () => {
    for (const kind of ['record', 'notice']) expect(existsSync(join(ROOT, `schemas/requirements/${regime}-${kind}.schema.json`)), `${regime}-${kind}`).toBe(true);
  });

  it('src/render/i18n/*.json: how each language cites it', () => {
    for (const lang of LANGS) {
      expect(message(lang, `citation.${regime}.one`)).toContain('{article}');
      expect(message(lang, `citation.${regime}.many`)).toContain('{articles}');
    }
  });

  it('templates/init/: the config and the example record `privrec init --regime` writes', () => {
    for (const file of [`privrec-${regime}.yaml`, `example-${regime}.yaml`]) expect(existsSync(join(ROOT, 'templates/init', file)), file).toBe(true);
  });
});

describe('the list of regimes is the data', () => {
  it('the record and config schemas offer exactly the regimes of src/law/regimes.json', () => {
    expect(json('schemas/record.schema.json').properties.regime.enum).toEqual([...REGIMES]);
    expect(json('schemas/config.schema.json').properties.regime.enum).toEqual([...REGIMES]);
  });

  it('one list of languages: the config schema offers exactly those the built-in text is written in', () => {
    const render = json('schemas/config.schema.json').properties.render.properties;
    expect(render.lang.enum).toEqual([...LANGS]);
    expect(render.languages.items.enum).toEqual([...LANGS]);
    for (const lang of LANGS) expect(existsSync(join(ROOT, `src/render/i18n/${lang}.json`)), lang).toBe(true);
  });

  it('no rule names a regime in its code: the rules read what differs from the regime data', () => {
    // What `git grep -n "'eudpr'\\|'gdpr'" src/` shows, read from the files (the mutation sandbox is no git work tree).
    const code = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.c?ts$/.test(name));
    const found = code.flatMap((name) =>
      readFileSync(join(ROOT, 'src', name), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/'(?:eudpr|gdpr)'/.test(line) ? [`src/${name}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(code.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
